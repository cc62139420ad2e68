/**
 * Using a trained model: classifying examples in chunks, the confusion matrix with per-class precision, recall
 * and F1, and preparing a digit image of any size the way the training data was prepared. Depends on
 * {@code org.nnlab.api}, {@code org.nnlab.core} and {@code java.awt.image} (for reading images).
 */
package org.nnlab.runner.eval;
