package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * {@code TechnicalTextAnalyzer} from another build of parley-analysis (a jar, e.g. the one before
 * a change), loaded beside this tree's in its own class loader, so that before and after run in
 * one JVM under the same load. Lucene stays shared: only {@code org.parley.analysis} comes from
 * the jar.
 */
final class BaselineAnalyzer {

    private static final String PACKAGE = "org.parley.analysis.";
    private static final String RESOURCES = "org/parley/analysis/";

    private BaselineAnalyzer() {
    }

    static Supplier<Analyzer> from(Path jar) {
        ClassLoader loader = new AnalysisFirst(jar);
        return () -> {
            try {
                return (Analyzer) loader.loadClass(PACKAGE + "TechnicalTextAnalyzer").getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no TechnicalTextAnalyzer in " + jar, e);
            }
        };
    }

    /** Takes parley-analysis classes and resources from the jar first, everything else from the parent. */
    private static final class AnalysisFirst extends URLClassLoader {

        AnalysisFirst(Path jar) {
            super(new URL[] {url(jar)}, BaselineAnalyzer.class.getClassLoader());
        }

        private static URL url(Path jar) {
            try {
                return jar.toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(RESOURCES) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
