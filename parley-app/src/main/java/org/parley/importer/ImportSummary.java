package org.parley.importer;

import java.util.List;
import java.util.Locale;

/**
 * What one import run did.
 *
 * @param questions  questions created
 * @param answers    answers created (a reply to several askers counts once per question)
 * @param comments   comments created (a long follow-up split in parts counts once per part)
 * @param votes      votes recorded (dumps only)
 * @param unanswered imported questions of this source that have no answer after the run
 * @param users      placeholder accounts created
 * @param unchanged  source items that were already imported and were left as they are
 * @param seconds    wall time of the run
 * @param dryRun     nothing was kept
 * @param report     one entry per source item
 */
public record ImportSummary(int questions, int answers, int comments, int votes, int unanswered, int users, int unchanged,
                            double seconds, boolean dryRun, List<ReportEntry> report) {

    public ImportSummary {
        report = List.copyOf(report);
    }

    public String line() {
        return String.format(Locale.ROOT,
                "%s%d questions, %d answers, %d comments, %s%d unanswered questions, %d users in %.1f s%s",
                dryRun ? "Dry run, nothing kept: would import " : "Imported ",
                questions, answers, comments, votes == 0 ? "" : votes + " votes, ", unanswered, users, seconds,
                unchanged == 0 ? "" : " (" + unchanged + " already imported, left unchanged)");
    }
}
