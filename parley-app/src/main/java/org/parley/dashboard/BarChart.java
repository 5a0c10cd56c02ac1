package org.parley.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A small bar chart drawn as SVG on the server: no script, readable at any width, and its numbers
 * also stand in a table beside it for screen readers. Only numbers and escaped labels go into it.
 */
public record BarChart(String title, List<String> labels, List<Long> values, String colour) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int BOTTOM = 24;

    public String svg() {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        double slot = (double) WIDTH / Math.max(1, values.size());
        double bar = slot * 0.7;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + BOTTOM)
                .append("\" role=\"img\" aria-label=\"").append(HtmlUtils.htmlEscape(title)).append("\">")
                .append("<title>").append(HtmlUtils.htmlEscape(title)).append("</title>");
        for (int i = 0; i < values.size(); i++) {
            double h = (double) values.get(i) / max * (HEIGHT - 20);
            double x = i * slot + (slot - bar) / 2;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, HEIGHT - h, bar, h, colour));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">%d</text>",
                    x + bar / 2, HEIGHT - h - 4, values.get(i)));
            if (values.size() <= 16 || i % 2 == 0) {
                svg.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
                        x + bar / 2, HEIGHT + 16, HtmlUtils.htmlEscape(labels.get(i))));
            }
        }
        return svg.append("</svg>").toString();
    }
}
