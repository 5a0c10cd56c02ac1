package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Post bodies for the analysis benchmark: the comments of the seed blog thread as they are, and
 * generated posts of a few KB mixing prose with what driver questions paste: C code with KMDF
 * calls, error-code names and hex values, WinDbg prompts and x86/x64 stacks, and log lines.
 * Deterministic for a given seed, so runs compare.
 */
final class TechnicalPosts {

    /** "  12. someone says:" starts a comment; the importer's parser uses the same shape. */
    private static final Pattern COMMENT_HEADER = Pattern.compile("(?m)^ {0,3}\\d{1,7}\\.[ \\t]+.*says:[ \\t]*$");

    private static final String[] PROSE = ("the driver device queue request is not completed when the system "
            + "resumes from sleep and I see a bugcheck after a few minutes of selective suspend on the USB "
            + "stack so I tried to cancel the pending requests in my EvtDeviceD0Exit callback but the power "
            + "managed queue still waits for them and the verifier reports that my driver's spinlock is held "
            + "at DISPATCH_LEVEL while it calls into the lower driver with an IRP that was already freed "
            + "does anyone know why the framework keeps a reference or how to debug this with WinDbg thanks "
            + "in advance for any pointers you can give me about these queues, timers, interrupts and DPCs")
            .split(" ");
    private static final String[] IDENTIFIERS = {"WdfRequestSend", "WdfRequestFormatRequestUsingCurrentType",
        "WdfIoTargetOpen", "WdfDeviceStopIdle", "WdfDeviceResumeIdle", "IoCallDriver", "IoCompleteRequest",
        "KeAcquireSpinLock", "ExAllocatePoolWithTag", "IRP_MN_QUERY_REMOVE_DEVICE", "IRP_MJ_DEVICE_CONTROL",
        "EvtIoDeviceControl", "EvtDeviceD0Entry", "WDF_REQUEST_SEND_OPTIONS_INIT", "PDEVICE_OBJECT",
        "Irp->IoStatus.Status", "pDevExt->LowerDeviceObject", "FxIoQueue::DispatchRequestToDriver",
        "HTTPServer", "IRPs", "NDIS51", "D3D11CreateDevice", "m_pPowerPolicy", "UsbBuildInterruptOrBulkTransferRequest"};
    private static final String[] CODES = {"STATUS_INVALID_PARAMETER", "STATUS_INVALID_DEVICE_STATE",
        "STATUS_CANCELLED", "STATUS_PENDING", "STATUS_DEVICE_NOT_CONNECTED", "ERROR_BAD_COMMAND",
        "ERROR_INVALID_PARAMETER", "ERROR_ACCESS_DENIED", "DRIVER_POWER_STATE_FAILURE",
        "DRIVER_IRQL_NOT_LESS_OR_EQUAL", "0xC000000D", "0xc0000010", "0x80070005", "0x9F", "0xD1", "c0000034",
        "80070057", "0x00000000c000000d", "C000000DL"};
    private static final String[] FRAMES = {"nt!KeBugCheckEx", "nt!KiSwapContext", "nt!IofCallDriver",
        "Wdf01000!FxIoQueue::DispatchRequestToDriver", "Wdf01000!FxPkgPnp::PowerPolicyStopIdle",
        "usbhub!UsbhSyncSendCommand", "mydriver!EvtIoDeviceControl", "ndis!ndisMDispatchReceiveNetBufferLists",
        "nt!PopIrpWatchdog", "hal!HalpTimerClockInterrupt"};

    private TechnicalPosts() {
    }

    /** The seed thread split into its comments (the opening post first); empty when the file is absent. */
    static List<String> seedThread(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> posts = new ArrayList<>();
        for (String post : COMMENT_HEADER.split(Files.readString(file))) {
            if (!post.isBlank()) {
                posts.add(post);
            }
        }
        return posts;
    }

    /** {@code count} generated posts of about 1–5 KB each. */
    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder post = new StringBuilder();
            int blocks = 2 + random.nextInt(5);
            for (int b = 0; b < blocks; b++) {
                switch (random.nextInt(5)) {
                    case 0 -> code(post, random);
                    case 1 -> stack(post, random);
                    case 2 -> log(post, random);
                    default -> prose(post, random);
                }
                post.append('\n');
            }
            posts.add(post.toString());
        }
        return posts;
    }

    private static void prose(StringBuilder out, Random random) {
        int sentences = 2 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            int words = 8 + random.nextInt(16);
            for (int w = 0; w < words; w++) {
                out.append(w == 0 ? "" : " ");
                int pick = random.nextInt(20);
                if (pick == 0) {
                    out.append(pick(random, IDENTIFIERS));
                } else if (pick == 1) {
                    out.append(pick(random, CODES));
                } else {
                    out.append(pick(random, PROSE));
                }
            }
            out.append(random.nextInt(4) == 0 ? "? " : ". ");
        }
        out.append('\n');
    }

    private static void code(StringBuilder out, Random random) {
        out.append("```c\n");
        int lines = 4 + random.nextInt(10);
        for (int l = 0; l < lines; l++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append("    status = ").append(pick(random, IDENTIFIERS)).append("(request, ")
                        .append(pick(random, IDENTIFIERS)).append(", &options);\n");
                case 1 -> out.append("    if (!NT_SUCCESS(status)) {\n        KdPrint((\"failed with 0x%08X\\n\", status));\n"
                        + "        return ").append(pick(random, CODES)).append(";\n    }\n");
                case 2 -> out.append("    pDevExt->BufferLength = sizeof(USB_DEVICE_DESCRIPTOR) + 0x")
                        .append(Integer.toHexString(random.nextInt(4096))).append("; // ")
                        .append(pick(random, PROSE)).append(' ').append(pick(random, PROSE)).append('\n');
                default -> out.append("    ").append(pick(random, IDENTIFIERS)).append("(device, ")
                        .append(random.nextInt(100)).append(", NULL);\n");
            }
        }
        out.append("```\n");
    }

    private static void stack(StringBuilder out, Random random) {
        boolean x64 = random.nextBoolean();
        out.append(random.nextBoolean() ? "kd> k\n" : "0: kd> kb\n");
        out.append(x64 ? " # Child-SP          RetAddr           Call Site\n" : "ChildEBP RetAddr  Args to Child\n");
        int frames = 5 + random.nextInt(12);
        for (int f = 0; f < frames; f++) {
            if (x64) {
                out.append(String.format("%02x ffffd001`%08x fffff803`%08x : 00000000`%08x 00000000`00000000 : %s+0x%x\n",
                        f, random.nextInt(), random.nextInt(), random.nextInt(), pick(random, FRAMES),
                        random.nextInt(0x1000)));
            } else {
                out.append(String.format("%08x %08x %08x %08x %s+0x%x\n", random.nextInt(), random.nextInt(),
                        random.nextInt(), random.nextInt(), pick(random, FRAMES), random.nextInt(0x1000)));
            }
        }
    }

    private static void log(StringBuilder out, Random random) {
        int lines = 3 + random.nextInt(8);
        for (int l = 0; l < lines; l++) {
            out.append(String.format("2026-11-%02d %02d:%02d:%02d.%03d [%s] %s: %s returned %s for %s at 0x%08X\n",
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextInt(1000), random.nextBoolean() ? "ERROR" : "info", pick(random, FRAMES),
                    pick(random, IDENTIFIERS), pick(random, CODES), pick(random, IDENTIFIERS), random.nextInt()));
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
