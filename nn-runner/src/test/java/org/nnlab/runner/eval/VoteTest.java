package org.nnlab.runner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.Evaluator;

/** The plurality vote on hand-made outputs, ties included. */
class VoteTest {
    @Test
    void aModelsClassIsItsLargestOutput_theFirstOfEquals() {
        assertEquals(1, Evaluator.predicted(new float[]{0.1f, 0.7f, 0.2f}, 0, 3));
        assertEquals(0, Evaluator.predicted(new float[]{0.5f, 0.5f, 0.2f}, 0, 3));
        assertEquals(1, Evaluator.predicted(new float[]{9f, 9f, 9f, 0.1f, 0.3f, 0.3f}, 3, 3), "from the offset, the first of equals");
    }

    @Test
    void theMostVotedClassWins_evenAgainstALargerSummedOutput() {
        float[][] models = {{0.6f, 0.4f, 0f}, {0.6f, 0.4f, 0f}, {0f, 1f, 0f}};
        // votes: class 0 twice, class 1 once; summed outputs favour class 1 (1.8 against 1.2)
        assertEquals(0, Vote.decide(models, 0, 3));
    }

    @Test
    void aTieOfVotes_goesToTheLargerSummedOutput() {
        float[][] models = {{0.9f, 0.1f, 0f}, {0.2f, 0.8f, 0f}, {0f, 0.4f, 0.6f}, {0.45f, 0.55f, 0f}};
        // votes: 0 once, 1 twice, 2 once -> 1 wins outright
        assertEquals(1, Vote.decide(models, 0, 3));
        float[][] tied = {{0.75f, 0.25f, 0f}, {0.5f, 0.75f, 0f}, {0f, 0.25f, 0.75f}};
        // one vote each; sums 1.25, 1.25, 0.75 (exact in binary): 0 and 1 tie on the sum too -> the lower index
        assertEquals(0, Vote.decide(tied, 0, 3));
        float[][] larger = {{0.9f, 0.1f, 0f}, {0.2f, 0.8f, 0f}, {0f, 0.45f, 0.55f}};
        // one vote each; sums 1.1, 1.35, 0.55 -> class 1
        assertEquals(1, Vote.decide(larger, 0, 3));
    }

    @Test
    void aTieOfVotesAndSums_goesToTheLowestIndex() {
        float[][] models = {{0f, 0f, 1f}, {0f, 1f, 0f}};
        assertEquals(1, Vote.decide(models, 0, 3));
    }

    @Test
    void theEnsemblesMatrices_countEachModelAndTheVote() {
        // two examples of classes 0 and 1; three models
        List<float[]> outputs = List.of(
                new float[]{0.9f, 0.1f, 0.2f, 0.8f},  // right, right
                new float[]{0.4f, 0.6f, 0.7f, 0.3f},  // wrong, wrong
                new float[]{0.8f, 0.2f, 0.6f, 0.4f}); // right, wrong
        Ensemble ensemble = new Ensemble(outputs, new int[]{0, 1}, 2);
        assertEquals(1.0, ensemble.model(0).accuracy());
        assertEquals(0.0, ensemble.model(1).accuracy());
        assertEquals(0.5, ensemble.model(2).accuracy());
        ConfusionMatrix vote = ensemble.vote();
        assertEquals(1, vote.count(0, 0), "example 0: two votes for 0");
        assertEquals(1, vote.count(1, 0), "example 1: two votes for 0");
        assertEquals(0.5, vote.accuracy());
    }
}
