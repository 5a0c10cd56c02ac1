package org.parley.importer.blogthread;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleWriterTests {

    @Test
    void picksTheSentenceThatAsksAndSkipsTheGreeting() {
        String body = "Hi Doron,\n\nI have read your blog for a long time.\n\n"
                + "I'm writing a lower filter for a joystick. How am I supposed to handle request completion routines "
                + "in a lower filter driver?\n\nThanks, Rich";

        assertThat(TitleWriter.titleFor(body))
                .isEqualTo("How am I supposed to handle request completion routines in a lower filter driver?");
    }

    @Test
    void dropsLeadInsAndTurnsIndirectQuestionsBack() {
        assertThat(TitleWriter.titleFor("Hello,\n\nI would like to know if it is possible that a driver would handle "
                + "several device interrupts simultaneously.\n\nThanks"))
                .isEqualTo("Is it possible that a driver would handle several device interrupts simultaneously");
        assertThat(TitleWriter.titleFor("So my question is, why does TraceView generate such a big file?"))
                .isEqualTo("Why does TraceView generate such a big file?");
    }

    @Test
    void fallsBackToTheProblemStatementWhenTheOnlyQuestionIsEmpty() {
        String body = "I have a problem with the driver NOT unloading after surprise removal.\n\nAny ideas?";

        assertThat(TitleWriter.titleFor(body)).isEqualTo("I have a problem with the driver NOT unloading after surprise removal");
    }

    @Test
    void ignoresCodeLogLinesAndEditorNotes() {
        String body = "kd> !devstack 0x82b48b98\n\nNDISWDM.SYS:WdfIoTargetOpen failed 0xc0000034\n\n"
                + "[Code removed -Doron]\n\nWhy does WdfIoTargetOpen fail with STATUS_OBJECT_NAME_NOT_FOUND?";

        assertThat(TitleWriter.titleFor(body)).isEqualTo("Why does WdfIoTargetOpen fail with STATUS_OBJECT_NAME_NOT_FOUND?");
    }

    @Test
    void rejoinsHardWrappedLines() {
        String body = "Could you advise how the NDIS driver as Power Policy Owner can detect a device\n\n"
                + "idle state? Is there any special function in NDIS?";

        assertThat(TitleWriter.titleFor(body)).isEqualTo("How the NDIS driver as Power Policy Owner can detect a device idle state?");
    }

    @Test
    void longSentencesAreCutAtAWordAndShortBodiesStillGetATitle() {
        String longQuestion = "Is there anything that I should be doing in my completion routine to ensure that when my "
                + "device gets unplugged all of the activity for the newly unplugged device gets concluded?";

        String title = TitleWriter.titleFor(longQuestion);
        assertThat(title).hasSizeLessThanOrEqualTo(TitleWriter.MAX_LENGTH).endsWith("…").startsWith("Is there anything");

        assertThat(TitleWriter.titleFor("help?")).hasSizeGreaterThanOrEqualTo(TitleWriter.MIN_LENGTH);
        assertThat(TitleWriter.titleFor("hi,\n\ni can't open the device")).isEqualTo("I can't open the device");
    }

    @Test
    void tagsComeFromTheKeywordTableAndAreNeverEmpty() {
        assertThat(TagSuggester.tagsFor("My KMDF USB driver calls WdfUsbTargetPipeGetIoTarget and WdfIoTargetStop hangs"))
                .contains("kmdf", "usb", "kmdf-io-target");
        assertThat(TagSuggester.tagsFor("NDIS miniport with selective suspend and power management"))
                .startsWith("power-management").contains("ndis");
        assertThat(TagSuggester.tagsFor("How do you pronounce your name?")).containsExactly("windows-drivers");
        assertThat(TagSuggester.tagsFor("kmdf wdm usb hid pci dma inf wdk irp ioctl ndis windbg"))
                .hasSize(5).allMatch(t -> TagSuggester.TAG_SHAPE.matcher(t).matches());
    }
}
