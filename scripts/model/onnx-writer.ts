/**
 * A minimal ONNX (protobuf) writer for the one graph our word-vector model needs.
 *
 * The graph is `Gather` over an int8 embedding table, `Cast` to float, and a
 * per-row scale (also a `Gather`) multiplied in: last_hidden_state[b, s, :] =
 * table[input_ids[b, s], :] * scale[input_ids[b, s]].
 *
 * ONNX files are protobuf messages; the handful of fields used here are written
 * by hand (field numbers from onnx/onnx.proto) rather than pulling a protobuf
 * code generator into the project for a build-time script.
 */

type Bytes = Uint8Array;

function varint(value: number | bigint): number[] {
  let v = BigInt(value);
  if (v < 0n) v += 1n << 64n; // two's complement for negative int64
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}

function concat(parts: Bytes[]): Bytes {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const WIRE_VARINT = 0;
const WIRE_LEN = 2;

function key(field: number, wire: number): number[] {
  return varint((field << 3) | wire);
}

function intField(field: number, value: number | bigint): Bytes {
  return Uint8Array.from([...key(field, WIRE_VARINT), ...varint(value)]);
}

function bytesField(field: number, payload: Bytes): Bytes {
  return concat([Uint8Array.from([...key(field, WIRE_LEN), ...varint(payload.length)]), payload]);
}

function stringField(field: number, value: string): Bytes {
  return bytesField(field, new TextEncoder().encode(value));
}

/** ONNX TensorProto.DataType values used here. */
export const DataType = { FLOAT: 1, INT8: 3, INT64: 7 } as const;
type DataTypeValue = (typeof DataType)[keyof typeof DataType];

export interface Initializer {
  name: string;
  dataType: DataTypeValue;
  dims: number[];
  raw: Bytes;
}

function tensorProto(t: Initializer): Bytes {
  return concat([
    ...t.dims.map((d) => intField(1, d)),
    intField(2, t.dataType),
    stringField(8, t.name),
    bytesField(9, t.raw),
  ]);
}

/** A dimension is a fixed size or a symbolic name such as "batch_size". */
type Dim = number | string;

function valueInfo(name: string, elemType: DataTypeValue, dims: Dim[]): Bytes {
  const shape = concat(
    dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : stringField(2, d))),
  );
  const tensorType = concat([intField(1, elemType), bytesField(2, shape)]);
  const typeProto = bytesField(1, tensorType);
  return concat([stringField(1, name), bytesField(2, typeProto)]);
}

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  name: string;
  /** Integer attributes only (all this graph needs). */
  intAttributes?: Record<string, number>;
}

const ATTRIBUTE_TYPE_INT = 2;

function nodeProto(n: NodeSpec): Bytes {
  const attrs = Object.entries(n.intAttributes ?? {}).map(([name, value]) =>
    bytesField(5, concat([stringField(1, name), intField(3, value), intField(20, ATTRIBUTE_TYPE_INT)])),
  );
  return concat([
    ...n.inputs.map((i) => stringField(1, i)),
    ...n.outputs.map((o) => stringField(2, o)),
    stringField(3, n.name),
    stringField(4, n.op),
    ...attrs,
  ]);
}

export interface GraphSpec {
  name: string;
  doc: string;
  nodes: NodeSpec[];
  initializers: Initializer[];
  inputs: Array<{ name: string; type: DataTypeValue; dims: Dim[] }>;
  outputs: Array<{ name: string; type: DataTypeValue; dims: Dim[] }>;
}

/** Serialises a complete ModelProto (IR version 8, default opset 13). */
export function writeOnnxModel(graph: GraphSpec, producer = 'article-qa-bot'): Bytes {
  const graphBytes = concat([
    ...graph.nodes.map((n) => bytesField(1, nodeProto(n))),
    stringField(2, graph.name),
    ...graph.initializers.map((t) => bytesField(5, tensorProto(t))),
    stringField(10, graph.doc),
    ...graph.inputs.map((i) => bytesField(11, valueInfo(i.name, i.type, i.dims))),
    ...graph.outputs.map((o) => bytesField(12, valueInfo(o.name, o.type, o.dims))),
  ]);
  const opset = concat([stringField(1, ''), intField(2, 13)]);
  return concat([
    intField(1, 8),
    stringField(2, producer),
    stringField(3, '1'),
    bytesField(7, graphBytes),
    bytesField(8, opset),
  ]);
}

/**
 * The word-vector graph: input_ids -> last_hidden_state, from an int8 table
 * with one float scale per row.
 */
export function wordVectorModel(table: Int8Array, scales: Float32Array, dim: number, doc: string): Bytes {
  const rows = scales.length;
  if (table.length !== rows * dim) throw new Error('table size does not match rows x dim');
  return writeOnnxModel({
    name: 'word_vectors',
    doc,
    nodes: [
      { op: 'Gather', name: 'lookup', inputs: ['table', 'input_ids'], outputs: ['q'], intAttributes: { axis: 0 } },
      { op: 'Cast', name: 'dequant', inputs: ['q'], outputs: ['qf'], intAttributes: { to: DataType.FLOAT } },
      { op: 'Gather', name: 'row_scale', inputs: ['scales', 'input_ids'], outputs: ['s'], intAttributes: { axis: 0 } },
      { op: 'Mul', name: 'scale', inputs: ['qf', 's'], outputs: ['last_hidden_state'] },
    ],
    initializers: [
      { name: 'table', dataType: DataType.INT8, dims: [rows, dim], raw: new Uint8Array(table.buffer, table.byteOffset, table.byteLength) },
      { name: 'scales', dataType: DataType.FLOAT, dims: [rows, 1], raw: new Uint8Array(scales.buffer, scales.byteOffset, scales.byteLength) },
    ],
    inputs: [{ name: 'input_ids', type: DataType.INT64, dims: ['batch_size', 'sequence_length'] }],
    outputs: [{ name: 'last_hidden_state', type: DataType.FLOAT, dims: ['batch_size', 'sequence_length', dim] }],
  });
}
