package org.parley.importer;

import org.parley.importer.blogthread.BlogThreadFormatException;
import org.parley.importer.blogthread.BlogThreadParser;
import org.parley.importer.blogthread.ConversationRebuilder;
import org.parley.importer.blogthread.ParsedThread;
import org.parley.importer.blogthread.ThreadAnalysis;
import org.parley.post.AnswerService;
import org.parley.post.CommentService;
import org.parley.post.ImportedPosts;
import org.parley.post.QuestionService;
import org.parley.problem.ParleyProblem;
import org.parley.site.AboutService;
import org.parley.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a flat blog comment thread: reads it, rebuilds its conversations, and writes them as questions,
 * answers and comments in one transaction, so a refused comment leaves nothing half-imported. On SQLite the
 * transaction holds the write lock while it runs (a few seconds for hundreds of comments): a running server
 * keeps serving reads, and its writers wait for the import instead of failing.
 */
@Service
public class BlogThreadImport {

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final ImportedPosts imported;
    private final UserService users;
    private final AboutService about;
    private final TransactionTemplate transaction;

    BlogThreadImport(QuestionService questions, AnswerService answers, CommentService comments, ImportedPosts imported,
                     UserService users, AboutService about, PlatformTransactionManager transactions) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.imported = imported;
        this.users = users;
        this.about = about;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param file     the thread as exported (any of UTF-8, UTF-8 with BOM, UTF-16, Windows-1252)
     * @param fileName for messages
     * @param options  site name, expert, dry run
     */
    public ImportSummary importThread(byte[] file, String fileName, BlogThreadOptions options, ImportProgress progress) {
        long start = System.nanoTime();
        ParsedThread thread = parse(file, fileName);
        ThreadAnalysis analysis = new ConversationRebuilder(options.expert()).rebuild(thread);
        boolean dryRun = options.dryRun();
        String siteName = options.siteName();
        return transaction.execute(status -> {
            ConversationPosts posts = new ConversationPosts(questions, answers, comments, imported,
                    new AuthorAccounts(users), thread, analysis);
            try {
                about.importIfAbsent(siteName, thread.intro(), ConversationPosts.SYSTEM, ConversationPosts.ref(0));
            } catch (ParleyProblem problem) {
                throw new ImportRefused(fileName + ": the opening post: " + problem.getMessage());
            }
            ImportSummary summary = posts.write(progress, start, dryRun);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return summary;
        });
    }

    private static ParsedThread parse(byte[] file, String fileName) {
        try {
            return new BlogThreadParser().parse(file);
        } catch (BlogThreadFormatException e) {
            throw new ImportRefused(fileName + ": " + e.getMessage());
        }
    }
}
