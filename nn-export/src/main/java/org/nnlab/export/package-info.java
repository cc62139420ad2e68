/**
 * A trained network written in formats other tools read: {@link org.nnlab.export.OnnxExport} (ONNX, with the
 * message classes protoc generates from ONNX's own {@code onnx.proto}) and {@link org.nnlab.export.Network2Json}
 * (the JSON of Nielsen's {@code network2.py}). Depends on {@code org.nnlab.core}, the API and protobuf-javalite.
 */
package org.nnlab.export;
