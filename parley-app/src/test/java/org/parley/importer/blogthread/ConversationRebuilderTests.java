package org.parley.importer.blogthread;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationRebuilderTests {

    private static CommentAnalysis comment(ThreadAnalysis analysis, int number) {
        return analysis.comment(number).orElseThrow();
    }

    @Test
    void theExpertIsFoundByCommentCountAndGreetingsAndAnswersGoUnderTheQuestion() {
        ThreadAnalysis analysis = new ConversationRebuilder().rebuild(ThreadText.thread()
                .comment("talzur", "Hi Doron,\n\nHow do I share one interrupt between several DSP devices on my PCI board?")
                .comment("doron", "Tal, each DSP is a separate PCI function, so it gets its own interrupt.")
                .comment("talzur", "Dear Doron, is there a sample for that?")
                .comment("doron", "Look at the PLX sample for WDFINTERRUPT usage.")
                .parsed());

        assertThat(analysis.expert()).isEqualTo("doron");
        assertThat(comment(analysis, 1).role()).isEqualTo(Role.QUESTION);
        assertThat(comment(analysis, 1).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 2).role()).isEqualTo(Role.ANSWER);
        assertThat(comment(analysis, 2).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 2).parentRef()).hasValue(1);
        assertThat(comment(analysis, 2).parts().get(0).resolvedTo()).isEqualTo("talzur");
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.FOLLOWUP);
        assertThat(comment(analysis, 4).questionRefs()).containsExactly(1);
    }

    @Test
    void anAnswerAddressedByNameGoesToThatAskerNotToTheLatestQuestion() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("gaurav_verma", "Hi,\n\nIoSetDeviceInterfaceState returns a failure status. Why?\n\nThanks and Regards\n\nGaurav Verma")
                .comment("suhetao", "hi, how to create a thread in a kernel driver?")
                .comment("doronh", "Guarav, what NTSTATUS value does IoSetDeviceInterfaceState return exactly?")
                .comment("doronh", "suheto, call PsCreateSystemThread, or better use work items.")
                .analysed();

        assertThat(comment(analysis, 3).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 3).parts().get(0).addressee()).isEqualTo("Guarav");
        assertThat(comment(analysis, 3).parts().get(0).resolvedTo()).isEqualTo("gaurav_verma");
        assertThat(comment(analysis, 4).questionRefs()).containsExactly(2);
        assertThat(comment(analysis, 4).parts().get(0).resolvedTo()).isEqualTo("suhetao");
    }

    @Test
    void namesLearnedFromSignaturesResolveHandlesThatDoNotLookLikeNames() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("tinylaser", "Why does my second device get renumbered when the first one is unplugged?\n\nThanks,\n\nJeff Warren")
                .comment("xz81", "Is it possible to read PCI config space from AddDevice?")
                .comment("doronh", "Jeff, this is expected if your device has no serial number.")
                .comment("doronh", "Use BUS_INTERFACE_STANDARD for config space.")
                .analysed();

        assertThat(comment(analysis, 3).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 3).parts().get(0).resolvedTo()).isEqualTo("tinylaser");
    }

    @Test
    void oneReplyToSeveralPeopleIsSplitIntoAPartPerAddressee() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("talzur", "How can I name each DSP device interface uniquely?")
                .comment("gaurav_verma", "Where is the bulk usb sample in the WDK?")
                .comment("doronh", "Tal, each device interface instance gets a unique name from PnP.\n\n"
                        + "Gaurav, the bulkusb sample is under src\\usb in the WDK.")
                .analysed();

        CommentAnalysis reply = comment(analysis, 3);
        assertThat(reply.role()).isEqualTo(Role.ANSWER);
        assertThat(reply.questionRefs()).containsExactly(1, 2);
        assertThat(reply.parts()).hasSize(2);
        assertThat(reply.parts().get(0).addressee()).isEqualTo("Tal");
        assertThat(reply.parts().get(0).questionRefs()).containsExactly(1);
        assertThat(reply.parts().get(0).text()).startsWith("Tal,").doesNotContain("Gaurav");
        assertThat(reply.parts().get(1).addressee()).isEqualTo("Gaurav");
        assertThat(reply.parts().get(1).questionRefs()).containsExactly(2);
        assertThat(analysis.unanswered()).isEmpty();
    }

    @Test
    void quotingAnEarlierCommentPlacesTheReplyInThatConversation() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("darwine", "The driver will not unload after surprise removal until the application closes its handle. Why?")
                .comment("doronh", "Darwin, a surprise removed device is not removed until all open handles are closed.")
                .comment("apraveen", "How do I find the in-flight requests of my power managed queue?")
                .comment("darwine", "> a surprise removed device is not removed until all open handles are closed\n\n"
                        + "We close the handle after every I/O now and it unloads.")
                .analysed();

        assertThat(comment(analysis, 4).role()).isEqualTo(Role.FOLLOWUP);
        assertThat(comment(analysis, 4).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 4).parentRef()).hasValue(2);
    }

    @Test
    void anAskerAddingToTheirOwnPostContinuesTheConversation() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("apraveen", "My KMDF bus driver hangs on a power IRP when the system goes to sleep. What am I missing?")
                .comment("apraveen", "I forgot: the bugcheck is DRIVER_POWER_STATE_FAILURE and the power IRP is stuck in my FDO.")
                .comment("doronh", "praveen, you are probably not acknowledging in-flight requests in EvtIoStop.")
                .analysed();

        assertThat(comment(analysis, 2).role()).isEqualTo(Role.FOLLOWUP);
        assertThat(comment(analysis, 2).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 2).parentRef()).hasValue(1);
        assertThat(comment(analysis, 3).parentRef()).hasValue(2);
    }

    @Test
    void anAskerSayingItIsAnotherQuestionStartsANewConversation() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("suhetao", "How do I stop my file system filter from asking for the password many times?")
                .comment("doronh", "suheto, cache the authentication result per user.")
                .comment("suhetao", "Thanks. I wanna ask another question: how do I create a thread in a kernel driver?")
                .analysed();

        assertThat(comment(analysis, 3).role()).isEqualTo(Role.QUESTION);
        assertThat(comment(analysis, 3).questionRefs()).containsExactly(3);
    }

    @Test
    void aQuestionNobodyRepliesToIsUnanswered() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("dispensa", "How do you pronounce your name?")
                .comment("richt", "How am I supposed to handle request completion routines in a lower filter driver?")
                .comment("doronh", "Rich, call WdfRequestFormatRequestUsingCurrentType before WdfRequestSend.")
                .analysed();

        assertThat(analysis.conversations()).hasSize(2);
        assertThat(analysis.unanswered()).extracting(Conversation::questionRef).containsExactly(1);
    }

    @Test
    void theAskerConfirmingTheFixMarksTheAnswerAccepted() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("richt", "My completion routine stops the joystick. How am I supposed to handle request completion in a lower filter?")
                .comment("doronh", "Rich, are you calling WdfRequestFormatRequestUsingCurrentType before WdfRequestSend?")
                .comment("richt", "Thanks for your suggestion – that call seems to have done the trick!")
                .analysed();

        assertThat(comment(analysis, 2).accepted()).isTrue();
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.THANKS);
        assertThat(comment(analysis, 3).acceptsRef()).hasValue(2);
        assertThat(analysis.conversations().get(0).acceptedAnswers()).containsExactly(2);
    }

    @Test
    void aNegatedSuccessIsNotAnAcceptance() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("richt", "How do I forward a request with a completion routine in KMDF?")
                .comment("doronh", "Rich, format the request with WdfRequestFormatRequestUsingCurrentType first.")
                .comment("richt", "I tried it but it still does not work, the request never completes.")
                .analysed();

        assertThat(comment(analysis, 2).accepted()).isFalse();
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.FOLLOWUP);
    }

    @Test
    void aBystanderExplainingToTheAskerIsAnAnswer() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("sprevost", "How do I register for the ISoftUSBEndpoint event sink from managed C# code with DSF?")
                .comment("pshier", "DSF does not fully support managed code yet because ISoftUSBEndpoint is not a dual interface; "
                        + "a fix for the event sink will come in a later DSF release.")
                .comment("doronh", "Thanks Peter.")
                .comment("doronh", "Everything else in DSF works from C#.")
                .analysed();

        assertThat(comment(analysis, 2).role()).isEqualTo(Role.ANSWER);
        assertThat(comment(analysis, 2).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.THANKS);
    }

    @Test
    void anonymousAuthorsSigningTheSameNameAreOnePerson() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("", "How do I distribute my PCIe bridge resources to child devices?\n\nThank You.\n\nKiran S")
                .comment("doronh", "Kiran, that is resource arbitration, which is not documented. Use mf.sys.")
                .comment("", "Thanks for replying. But my problem still persists, it is a root complex.\n\nThank You.\n\nKiran S")
                .analysed();

        assertThat(comment(analysis, 2).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.FOLLOWUP);
        assertThat(comment(analysis, 3).questionRefs()).containsExactly(1);
        assertThat(comment(analysis, 3).author()).isEmpty();
    }

    @Test
    void theExpertCanBeGivenExplicitly() {
        ParsedThread thread = ThreadText.thread()
                .comment("asker", "Why does my driver not unload?")
                .comment("asker", "It is a KMDF driver with a control device.")
                .comment("blogger", "Delete the control device in EvtCleanupCallback.")
                .parsed();

        ThreadAnalysis analysis = new ConversationRebuilder("blogger").rebuild(thread);

        assertThat(analysis.expert()).isEqualTo("blogger");
        assertThat(comment(analysis, 3).role()).isEqualTo(Role.ANSWER);
        assertThat(analysis.roleCounts()).containsEntry(Role.QUESTION, 1L).containsEntry(Role.FOLLOWUP, 1L);
    }
}
