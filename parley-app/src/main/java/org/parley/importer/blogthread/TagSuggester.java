package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tags from a keyword table. A tag needs a score of 2: one telling term ("KMDF", "WdfIoTargetSend...")
 * or two weaker ones ("sleep" and "D0"). At most five tags, most evidence first; never none.
 */
public final class TagSuggester {

    public static final String FALLBACK_TAG = "windows-drivers";
    public static final Pattern TAG_SHAPE = Pattern.compile("[a-z0-9][a-z0-9.+#-]{0,34}");
    private static final int MAX_TAGS = 5;
    private static final int NEEDED = 2;

    private record Rule(String tag, Pattern pattern, int weight) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String tag, int weight, String regex) {
        RULES.add(new Rule(tag, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight));
    }

    static {
        rule("kmdf", 2, "\\bkmdf\\b|\\bwdf[a-z]\\w*|\\bEvt(Device|Io|Interrupt|File|Driver)\\w*");
        rule("umdf", 2, "\\bumdf\\b");
        rule("wdm", 2, "\\bwdm\\b");
        rule("wdm", 1, "\\bIo(CallDriver|CompleteRequest|AllocateIrp|SkipCurrentIrpStackLocation|CopyCurrentIrpStackLocationToNext"
                + "|SetCompletionRoutine|Build\\w+Request|CreateDevice)\\b");
        rule("ndis", 2, "\\bndis\\w*|\\bOID_\\w+");
        rule("usb", 2, "\\busb\\w*|\\burbs?\\b|\\bURB_\\w+");
        rule("hid", 2, "\\bhid\\w*");
        rule("input", 2, "\\b(keyboard|mouse|mice|touchpad|trackpad|joystick|kbdclass|mouclass|kbfiltr|moufiltr)\\b");
        rule("pci", 2, "\\bpci(e|-express)?\\b|\\bconfig(uration)? space\\b");
        rule("power-management", 2, "power (management|policy|managed)|selective suspend|wait[ -]?wake");
        rule("power-management", 1, "\\bpower\\b|\\bD[0-3]\\b|\\bDx\\b|\\bsleep\\b|hibernat\\w*|\\bS[1-5]\\b|EvtDeviceD0\\w*");
        rule("pnp", 2, "\\bpnp\\b|plug ?and ?play|IRP_MN_\\w+|surprise[ -]remov\\w*|query[ -]remove");
        rule("pnp", 1, "device interface\\w*|\\bAddDevice\\b|EvtDeviceAdd|device manager|\\benumerat\\w+");
        rule("windbg", 2, "\\bwindbg\\b|\\bkd>|!analyze|!devstack|!irp\\b|!wdf\\w+|\\bkernel debugger\\b");
        rule("debugging", 2, "bug ?check|\\bbsod\\b|blue ?screen|\\bcrash dump\\b|\\bdebugg\\w+");
        rule("debugging", 1, "\\bdebug\\w*|\\bcrash\\w*|\\bassert\\w*|breakpoint|\\bdump\\w*|\\bhang\\w*|\\bhung\\b");
        rule("filter-driver", 2, "(lower|upper|class|device|file ?system|mouse|keyboard|volume|tdi|ndis|usb)[ -]?(mini)?filter"
                + "|\\bfilter driver|\\bminifilter");
        rule("filter-driver", 1, "\\bfilter(s|ing)?\\b");
        rule("inf", 2, "\\binfs?\\b|\\.inf\\b|\\.inx\\b");
        rule("wdk", 2, "\\bwdk\\b|\\bddk\\b|winddk");
        rule("build", 2, "\\bbuild\\.exe\\b|\\bmakefile\\b|build (environment|env|window)|\\bcompil\\w+|\\blink(er)? error");
        rule("build", 1, "\\bbuil[dt]\\b");
        rule("irp", 2, "\\birps?\\b|IRP_MJ_\\w+");
        rule("ioctl", 2, "\\bioctls?\\b|IOCTL_\\w+|DeviceIoControl");
        rule("dma", 2, "\\bdma\\b|scatter[ /-]*gather|map registers|common buffer");
        rule("interrupts", 2, "\\binterrupts?\\b|\\bisr\\b|\\bdpcs?\\b|WDFINTERRUPT");
        rule("irql", 2, "\\birql\\b|DISPATCH_LEVEL|PASSIVE_LEVEL|spin ?locks?");
        rule("kmdf-io-target", 2, "WDFIOTARGET|WdfIoTarget\\w*|\\bio ?target|WdfRequestSend|WdfUsbTarget\\w*");
        rule("tracing", 2, "\\b(wpp|etw|traceview|tracefmt|tmf|wmitrace|etl)\\b");
        rule("file-system", 2, "file ?system|\\bIRP_MJ_CREATE\\b|ZwCreateFile|mount manager");
        rule("storage", 2, "\\b(storport|scsi|scsiport|ramdisk|hba)\\b");
        rule("storage", 1, "\\b(storage|disk|volume)\\b");
        rule("serial", 2, "serial (port|mouse)|\\bcom ?port|\\bCOM\\d\\b|virtual com|\\bmodem\\b");
        rule("parallel-port", 2, "parallel port|\\blpt\\d?\\b|parport");
        rule("driver-signing", 2, "\\bsign(ed|ing)\\b|certificate|authenticode|digital signer");
        rule("bluetooth", 2, "\\bbluetooth\\b|\\bl2cap\\b");
        rule("installation", 2, "co-?installer|\\bdevcon\\b|setupapi|class installer");
        rule("installation", 1, "\\binstall\\w*");
        rule("registry", 2, "\\bregistry\\b|\\bHKLM\\b|HKEY_\\w+");
        rule("device-simulation", 2, "\\bdsf\\b|device simulation|SoftUSB\\w*");
        rule("x64", 2, "\\b64[ -]?bit\\b|\\bx64\\b");
        rule("vista", 1, "\\bvista\\b");
    }

    private TagSuggester() {
    }

    public static List<String> tagsFor(String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Rule r : RULES) {
            long hits = r.pattern().matcher(text).results().count();
            if (hits > 0) {
                // Repetition adds a little evidence, but one pasted log must not outweigh everything else.
                scores.merge(r.tag(), (int) Math.min(hits, 3) * r.weight(), Integer::sum);
            }
        }
        List<String> tags = scores.entrySet().stream()
                .filter(e -> e.getValue() >= NEEDED)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .limit(MAX_TAGS)
                .toList();
        return tags.isEmpty() ? List.of(FALLBACK_TAG) : tags;
    }
}
