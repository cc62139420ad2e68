package org.nnlab.runner.curves;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code curves.png}: cost (top) and accuracy (bottom) per epoch for the train, validation and test sets, one
 * colour per set, the best validation epoch marked. Drawn with JFreeChart into memory, without a display
 * ({@code java.awt.headless} is set to true unless the JVM was started with a value).
 */
public final class CurvesPng {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 700;
    /** Colours of train, validation and test, the same in {@code curves.png} and the HTML report. */
    public static final List<Color> SET_COLOURS = List.of(new Color(0x1f77b4), new Color(0xff7f0e),
            new Color(0x2ca02c));
    private static final int SHAPES_UP_TO_EPOCHS = 40;

    private CurvesPng() {
    }

    /** The PNG bytes of {@code curves} titled {@code title}; a set without numbers is left out. */
    public static byte[] render(String title, Curves curves) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        plot.setGap(12);
        plot.add(measurePlot(curves, curves.costMeasure(), curves.costLabel(), 1), 1);
        XYPlot accuracy = measurePlot(curves, "accuracy", "accuracy (%)", 100);
        int best = curves.bestValidationEpoch();
        if (best > 0) {
            ValueMarker marker = new ValueMarker(best, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
            marker.setLabel("best validation, epoch " + best);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            accuracy.addDomainMarker(marker);
        }
        plot.add(accuracy, 1);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        return out.toByteArray();
    }

    private static XYPlot measurePlot(Curves curves, String measure, String label, double scale) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, curves.size() <= SHAPES_UP_TO_EPOCHS);
        for (int s = 0; s < Curves.SETS.size(); s++) {
            String set = Curves.SETS.get(s);
            double[] values = curves.values(Curves.column(set, measure));
            XYSeries series = new XYSeries(set + " " + measure, false, true);
            for (int row = 0; row < values.length; row++) {
                if (!Double.isNaN(values[row])) {
                    series.add(curves.epoch(row), values[row] * scale);
                }
            }
            if (series.getItemCount() > 0) {
                int index = data.getSeriesCount();
                data.addSeries(series);
                renderer.setSeriesPaint(index, SET_COLOURS.get(s));
                renderer.setSeriesStroke(index, new BasicStroke(2f));
                renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
                // one legend for both plots: the accuracy plot's items are named by set alone
                renderer.setSeriesVisibleInLegend(index, "accuracy".equals(measure));
            }
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        renderer.setLegendItemLabelGenerator((dataset, series) -> String.valueOf(dataset.getSeriesKey(series))
                .replace(" " + measure, ""));
        return plot;
    }
}
