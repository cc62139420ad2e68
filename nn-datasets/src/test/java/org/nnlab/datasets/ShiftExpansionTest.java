package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Examples;

/** Oracle: network3's expand_mnist.py worked by hand on a 3-wide, 2-high image (np.roll, then zero the edge). */
class ShiftExpansionTest {
    // 3 wide, 2 high, row-major:  1 2 3
    //                             4 5 6
    private static final float[] IMAGE = {1, 2, 3, 4, 5, 6};

    @Test
    void eachImageIsFollowedByItsCopiesMovedDownUpRightLeft_edgesFilledWithZero() {
        Examples expanded = ShiftExpansion.expand(new Examples(6, 10, IMAGE.clone(), new int[] {7}), 3, 2);
        float[] expected = {
            1, 2, 3, 4, 5, 6,   // the original
            0, 0, 0, 1, 2, 3,   // down: np.roll(+1, axis 0), row 0 zeroed
            4, 5, 6, 0, 0, 0,   // up: np.roll(-1, axis 0), last row zeroed
            0, 1, 2, 0, 4, 5,   // right: np.roll(+1, axis 1), column 0 zeroed
            2, 3, 0, 5, 6, 0,   // left: np.roll(-1, axis 1), last column zeroed
        };
        assertArrayEquals(expected, expanded.features());
        assertArrayEquals(new int[] {7, 7, 7, 7, 7}, expanded.labels(), "every copy keeps its original's label");
    }

    @Test
    void imagesStayInTheirOrder_fiveRowsEach() {
        float[] two = new float[12];
        for (int i = 0; i < 12; i++) {
            two[i] = i + 1;
        }
        Examples expanded = ShiftExpansion.expand(new Examples(6, 10, two, new int[] {3, 8}), 3, 2);
        assertEquals(10, expanded.count());
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 8, 8, 8, 8, 8}, expanded.labels());
        assertArrayEquals(new float[] {7, 8, 9, 10, 11, 12}, expanded.slice(5, 6).features(),
                "the second image starts the second group of five");
        assertArrayEquals(new float[] {0, 0, 0, 7, 8, 9}, expanded.slice(6, 7).features());
    }

    @Test
    void sameInputGivesTheSameBits() {
        Examples a = ShiftExpansion.expand(new Examples(6, 10, IMAGE.clone(), new int[] {1}), 3, 2);
        Examples b = ShiftExpansion.expand(new Examples(6, 10, IMAGE.clone(), new int[] {1}), 3, 2);
        assertArrayEquals(a.features(), b.features());
    }

    @Test
    void tooLittleHeap_saysHowMuchIsNeededAndHowToGiveIt() {
        long mb = 1L << 20;
        assertNull(ShiftExpansion.heapProblem(250_000, 1000 * mb, 200 * mb, 1300 * mb), "1000 MB fit in 1100 MB free");
        String problem = ShiftExpansion.heapProblem(250_000, 1033 * mb, 209 * mb, 1024 * mb);
        assertEquals("shift-1 makes 250,000 training images that need about 1,033 MB of heap with their index, but"
                + " only 815 MB of this JVM's 1,024 MB are free; give Java more heap if the machine has it, e.g."
                + " NN_JAVA_OPTS=-Xmx2g ./nn ..., or lower limit:", problem);
    }
}
