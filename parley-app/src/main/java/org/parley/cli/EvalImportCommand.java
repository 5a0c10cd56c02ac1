package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parley.importer.ImportRefused;
import org.parley.importer.ImportReport;
import org.parley.importer.blogthread.ImportEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval-import REPORT.json GOLD.json}: scores an import report against hand annotations. */
@Command(name = "eval-import", mixinStandardHelpOptions = true,
        description = "Print attachment accuracy and question-detection precision, recall and F1 of an import "
                + "report (parley import --report) against hand annotations.")
public class EvalImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT.json")
    Path report;

    @Parameters(index = "1", paramLabel = "GOLD.json", description = "{comments: [{ref, kind, repliesTo}]}")
    Path gold;

    @Option(names = "--misses", description = "Also list every wrongly attached comment.")
    boolean misses;

    @Override
    public Integer call() {
        var predictions = ImportReport.predictions(report);
        List<ImportEvaluation.GoldComment> annotations = readGold();
        ImportEvaluation.Result r = ImportEvaluation.evaluate(predictions, annotations);
        System.out.printf(Locale.ROOT, "attachment accuracy %.3f (%d of %d comments)%n",
                r.attachmentAccuracy(), r.attachedStrict(), r.judged());
        System.out.printf(Locale.ROOT, "question detection precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
                r.precision(), r.recall(), r.f1(), r.truePositives(), r.falsePositives(), r.falseNegatives());
        if (misses) {
            r.misses().forEach(m -> System.out.println("  miss " + m));
        }
        return 0;
    }

    private List<ImportEvaluation.GoldComment> readGold() {
        try {
            List<ImportEvaluation.GoldComment> annotations = ImportEvaluation.readGold(gold);
            if (annotations.isEmpty()) {
                throw new ImportRefused(gold + ": no annotated \"comments\"");
            }
            return annotations;
        } catch (java.io.IOException e) {
            throw new ImportRefused(gold + ": cannot read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            if (e instanceof ImportRefused) {
                throw e;
            }
            throw new ImportRefused(gold + ": not an annotation file (" + e.getMessage() + ")");
        }
    }
}
