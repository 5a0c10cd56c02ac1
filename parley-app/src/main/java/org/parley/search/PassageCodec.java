package org.parley.search;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec, except that passage vectors are searched as 7-bit integers
 * (scalar-quantized HNSW). A graph search reads a quarter of the bytes a float graph does, so at a
 * million posts the vectors a search touches (about 0.8 GB instead of 3 GB) can stay in the page
 * cache, and each comparison is an integer dot product. The float vectors are kept beside them for
 * merging. The index records the format by name per field, so any Parley reads it back with the
 * default codec.
 */
final class PassageCodec extends Lucene912Codec {

    private final KnnVectorsFormat passages = new Lucene99HnswScalarQuantizedVectorsFormat();

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return passages;
    }
}
