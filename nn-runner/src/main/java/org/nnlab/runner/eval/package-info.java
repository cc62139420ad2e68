/**
 * Using a trained model: its predictions (by nn-core's {@code Evaluator}, the pass training's accuracy uses),
 * the plurality vote of several models, the confusion matrix with per-class precision, recall
 * and F1, and preparing a digit image of any size the way the training data was prepared. Depends on
 * {@code org.nnlab.api}, {@code org.nnlab.core} and {@code java.awt.image} (for reading images).
 */
package org.nnlab.runner.eval;
