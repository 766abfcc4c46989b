import { z } from 'zod';
import { must } from '../util/must';
import { ATTENTION_KINDS, MODEL_IDS, type ModelId, PRECISION_IDS } from './ids';

/**
 * The architecture facts the sizing formulas need (workload-sizing.md §5 "Model architecture table"),
 * for a catalog model or a custom one. Parameter counts are in billions; dimensions are elements.
 */
export const modelArchitectureSchema = z
  .object(
    {
      name: z
        .string({ error: 'model name must be text' })
        .min(1, 'model name must not be empty')
        .max(120, 'model name must be at most 120 characters')
        .default('custom model'),
      /** Every parameter the checkpoint holds, billions (`P`). */
      totalParamsB: z
        .number({ error: 'total parameters must be a number (billions)' })
        .positive('total parameters must be above 0 (billions)')
        .max(100_000, 'total parameters must be at most 100,000 billion'),
      /** Parameters used per token, billions (`P_act`); equals the total for a dense model. */
      activeParamsB: z
        .number({ error: 'active parameters must be a number (billions)' })
        .positive('active parameters must be above 0 (billions)'),
      /** Transformer layers (`L`). */
      layers: z
        .number({ error: 'layers must be a number' })
        .int('layers must be a whole number')
        .min(1, 'at least 1 layer')
        .max(1000, 'at most 1,000 layers'),
      /** Residual width (`h`): training activations and LoRA adapter sizes. */
      hiddenSize: z
        .number({ error: 'hidden size must be a number' })
        .int('hidden size must be a whole number')
        .min(1, 'hidden size must be at least 1')
        .max(1_000_000, 'hidden size must be at most 1,000,000'),
      /** Query heads. */
      attentionHeads: z
        .number({ error: 'attention heads must be a number' })
        .int('attention heads must be a whole number')
        .min(1, 'at least 1 attention head')
        .max(10_000, 'at most 10,000 attention heads'),
      attention: z.enum(ATTENTION_KINDS, { error: `attention must be one of ${ATTENTION_KINDS.join(', ')}` }),
      /** KV heads (`H_kv`), GQA only: MLA caches one latent instead. */
      kvHeads: z
        .number({ error: 'KV heads must be a number' })
        .int('KV heads must be a whole number')
        .min(1, 'at least 1 KV head')
        .optional(),
      /** Head dimension (`d_h`) from the config's `head_dim`, never hidden / heads (§1.2). GQA only. */
      headDim: z
        .number({ error: 'head dimension must be a number' })
        .int('head dimension must be a whole number')
        .min(1, 'head dimension must be at least 1')
        .max(100_000, 'head dimension must be at most 100,000')
        .optional(),
      /** MLA dimensions (DeepSeek-V2 paper, MLA section; DeepSeek-V3 config.json). */
      mla: z
        .object({
          kvLoraRank: z.number().int().min(1, 'MLA KV latent rank must be at least 1'),
          qkRopeHeadDim: z.number().int().min(0, 'MLA RoPE head dimension must be 0 or more'),
          qkNopeHeadDim: z.number().int().min(1, 'MLA no-RoPE head dimension must be at least 1'),
          vHeadDim: z.number().int().min(1, 'MLA value head dimension must be at least 1'),
        })
        .strict()
        .optional(),
      /** Layers that attend over a sliding window only (gpt-oss: every other layer, 128 tokens). */
      slidingWindow: z
        .object({
          windowTokens: z.number().int().min(1, 'sliding window must be at least 1 token'),
          slidingLayers: z.number().int().min(1, 'sliding layers must be at least 1'),
        })
        .strict()
        .optional(),
      /** Routed experts and experts per token (top-k); shared experts count as always-active weights. */
      moe: z
        .object({
          experts: z.number().int().min(2, 'a mixture of experts has at least 2 experts'),
          expertsPerToken: z.number().int().min(1, 'at least 1 expert per token'),
        })
        .strict()
        .optional(),
      /** Longest context the model supports, tokens (with its rope scaling). */
      maxContextTokens: z.number().int().min(1).optional(),
      /** Context trained natively, tokens, where a longer one needs rope scaling (YaRN). */
      nativeContextTokens: z.number().int().min(1).optional(),
      /** Vocabulary size: the training logits term (§2.3); absent where the sources give none. */
      vocabSize: z.number().int().min(1).optional(),
      /** Precision the published checkpoint ships in. */
      nativePrecision: z.enum(PRECISION_IDS).default('bf16'),
      /**
       * At fp4 the non-expert modules (attention, router, embeddings, head) stay BF16 (gpt-oss
       * `modules_to_not_convert`, §1.1), so the checkpoint is heavier than P x 0.5.
       */
      fp4KeepsNonExpertBF16: z.boolean().default(false),
    },
    {
      error:
        'a model architecture must be an object: totalParamsB, activeParamsB, layers, hiddenSize, attentionHeads, attention, and kvHeads + headDim (gqa) or mla',
    },
  )
  .strict()
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.activeParamsB > m.totalParamsB) {
      issue('activeParamsB', 'active parameters cannot exceed total parameters');
    }
    if (m.attention === 'gqa') {
      if (m.kvHeads === undefined) issue('kvHeads', 'KV heads are required for GQA attention');
      if (m.headDim === undefined) issue('headDim', 'head dimension is required for GQA attention');
      if (m.kvHeads !== undefined && m.kvHeads > m.attentionHeads) {
        issue('kvHeads', 'KV heads cannot exceed attention heads');
      } else if (m.kvHeads !== undefined && m.attentionHeads % m.kvHeads !== 0) {
        issue('kvHeads', 'attention heads must be a multiple of KV heads (grouped-query attention)');
      }
      if (m.mla) issue('mla', 'MLA dimensions are given only with attention "mla"');
    } else if (!m.mla) {
      issue('mla', 'MLA attention needs its dimensions: kvLoraRank, qkRopeHeadDim, qkNopeHeadDim, vHeadDim');
    }
    if (m.slidingWindow && m.slidingWindow.slidingLayers >= m.layers) {
      issue('slidingWindow', 'sliding-window layers must be fewer than all layers');
    }
    if (m.moe) {
      if (m.moe.expertsPerToken > m.moe.experts) {
        issue('moe', 'experts per token cannot exceed experts');
      }
      if (m.activeParamsB >= m.totalParamsB) {
        issue('activeParamsB', 'a mixture-of-experts model activates fewer parameters than it holds');
      }
    } else if (m.activeParamsB < m.totalParamsB) {
      issue('activeParamsB', 'a dense model (no moe) activates all its parameters: active must equal total');
    }
  });

export type ModelArchitecture = z.infer<typeof modelArchitectureSchema>;

/** A catalog model: its architecture with the sources every figure comes from. */
export interface CatalogModel extends ModelArchitecture {
  id: ModelId;
  /** Citations (workload-sizing.md section, and the config/model card it names). */
  sources: string[];
  /** Figures that are ours (derived or rounded) and why. */
  estimates: string[];
}

const DOC_TABLE = 'workload-sizing.md §5 model architecture table';
const LLAMA_SKU =
  'repo meta-llama/llama-models models/sku_list.py (dim, n_layers, n_heads, n_kv_heads, vocab_size)';
const LLAMA31_CARD = 'repo meta-llama/llama-models models/llama3_1/MODEL_CARD.md (context length 128k)';
const LLAMA_HEAD_DIM = 'head_dim 128 = dim / n_heads for Llama (§5 table)';
/** "128K" contexts are 128 x 1024 tokens (Llama's and DeepSeek's max_position_embeddings class). */
const CONTEXT_128K = 131_072;

const llama = (
  id: ModelId,
  name: string,
  totalParamsB: number,
  layers: number,
  hiddenSize: number,
  attentionHeads: number,
  extra: { sources: string[]; estimates?: string[] },
): CatalogModel => ({
  id,
  name,
  totalParamsB,
  activeParamsB: totalParamsB,
  layers,
  hiddenSize,
  attentionHeads,
  attention: 'gqa',
  kvHeads: 8,
  headDim: 128,
  maxContextTokens: CONTEXT_128K,
  vocabSize: 128_256,
  nativePrecision: 'bf16',
  fp4KeepsNonExpertBF16: false,
  sources: extra.sources,
  estimates: extra.estimates ?? [],
});

const CATALOG: CatalogModel[] = [
  llama('llama-3.1-8b', 'Llama 3.1 8B', 8.0, 32, 4096, 32, {
    sources: [DOC_TABLE, LLAMA_SKU, LLAMA31_CARD, LLAMA_HEAD_DIM],
  }),
  llama('llama-3.1-70b', 'Llama 3.1 70B', 70.6, 80, 8192, 64, {
    sources: [DOC_TABLE, LLAMA_SKU, LLAMA31_CARD, LLAMA_HEAD_DIM],
  }),
  llama('llama-3.3-70b', 'Llama 3.3 70B', 70.6, 80, 8192, 64, {
    sources: [
      'repo meta-llama/llama-models models/sku_list.py @ 8c88b8c (llama3_3_70b_instruct arch_args: dim 8192, 80 layers, 64 heads, 8 KV heads, vocab 128,256: the Llama 3.1 70B architecture)',
      'repo meta-llama/llama-models models/llama3_3/MODEL_CARD.md (70B, context length 128k, GQA)',
      `${DOC_TABLE} (Llama 3.1 70B row, 70.6B parameters)`,
    ],
    estimates: ['totalParamsB 70.6 is the Llama 3.1 70B count: the architecture arguments are identical'],
  }),
  llama('llama-3.1-405b', 'Llama 3.1 405B', 405, 126, 16384, 128, {
    sources: [DOC_TABLE, LLAMA_SKU, LLAMA31_CARD, LLAMA_HEAD_DIM],
  }),
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    totalParamsB: 46.7,
    activeParamsB: 12.9,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    attention: 'gqa',
    kvHeads: 8,
    headDim: 128,
    moe: { experts: 8, expertsPerToken: 2 },
    maxContextTokens: 32_768,
    nativePrecision: 'bf16',
    fp4KeepsNonExpertBF16: false,
    sources: [
      DOC_TABLE,
      'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json (32 layers, 8 KV heads, 8 local experts, 2 per token)',
      "Mistral's announcement (46.7B total / 12.9B per token)",
      'context 32K = 32,768 tokens (§5 table)',
    ],
    estimates: [],
  },
  {
    id: 'qwen2.5-72b',
    name: 'Qwen2.5 72B',
    totalParamsB: 72.7,
    activeParamsB: 72.7,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    attention: 'gqa',
    kvHeads: 8,
    headDim: 128,
    maxContextTokens: CONTEXT_128K,
    nativeContextTokens: 32_768,
    vocabSize: 152_064,
    nativePrecision: 'bf16',
    fp4KeepsNonExpertBF16: false,
    sources: [
      DOC_TABLE,
      'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json (80 layers, 64/8 heads, vocab 152,064)',
      'context: 32K native, 128K with YaRN (§5 table)',
    ],
    estimates: [],
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    totalParamsB: 671,
    activeParamsB: 37,
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 128,
    attention: 'mla',
    mla: { kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128 },
    moe: { experts: 256, expertsPerToken: 8 },
    maxContextTokens: CONTEXT_128K,
    nativePrecision: 'fp8',
    fp4KeepsNonExpertBF16: false,
    sources: [
      DOC_TABLE,
      'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json (hidden 7168, 61 layers, 128 heads, kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128, 256 routed experts, 8 per token)',
      'repo deepseek-ai/DeepSeek-V3 README_WEIGHTS.md (671B main model, MTP module apart; FP8 weights with 128x128 block scales)',
      'repo deepseek-ai/DeepSeek-V3 README.md (671B total, 37B activated, context length 128K)',
    ],
    estimates: [
      'the MTP module (14B in the Hugging Face checkpoint) is not counted: it loads only for speculative decoding',
      'the 1 shared expert and the 3 dense layers count as always-active weights',
    ],
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    totalParamsB: 116.8,
    activeParamsB: 5.1,
    layers: 36,
    hiddenSize: 2880,
    attentionHeads: 64,
    attention: 'gqa',
    kvHeads: 8,
    headDim: 64,
    slidingWindow: { windowTokens: 128, slidingLayers: 18 },
    moe: { experts: 128, expertsPerToken: 4 },
    maxContextTokens: CONTEXT_128K,
    vocabSize: 201_088,
    nativePrecision: 'fp4',
    fp4KeepsNonExpertBF16: true,
    sources: [
      DOC_TABLE,
      'repo openai/gpt-oss gpt_oss/torch/model.py ModelConfig (36 layers, 128 experts, 4 per token, vocab 201,088, hidden 2880, head_dim 64, 64 Q / 8 KV heads, sliding_window 128 on even layers, initial context 4,096 x rope scaling 32 = 131,072)',
      'OpenAI model card (~116.8B total / 5.1B active)',
      'https://huggingface.co/openai/gpt-oss-120b (MXFP4 experts; attention, router, embeddings in BF16)',
    ],
    estimates: [],
  },
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    totalParamsB: 20.9,
    activeParamsB: 3.6,
    layers: 24,
    hiddenSize: 2880,
    attentionHeads: 64,
    attention: 'gqa',
    kvHeads: 8,
    headDim: 64,
    slidingWindow: { windowTokens: 128, slidingLayers: 12 },
    moe: { experts: 32, expertsPerToken: 4 },
    nativePrecision: 'fp4',
    fp4KeepsNonExpertBF16: true,
    sources: [
      DOC_TABLE,
      'repo openai/gpt-oss gpt_oss/torch/model.py (sliding window 128 on every other layer)',
      'OpenAI model card (~20.9B total / 3.6B active)',
    ],
    estimates: [
      'no context limit or vocabulary size: the cited sources give them for gpt-oss-120b only, so the context is not checked and training logits are not counted',
    ],
  },
];

// Every catalog entry passes the same schema a custom model does.
for (const { id: _id, sources: _sources, estimates: _estimates, ...architecture } of CATALOG) {
  modelArchitectureSchema.parse(architecture);
}

export const MODELS: Readonly<Record<ModelId, CatalogModel>> = Object.fromEntries(
  CATALOG.map((m) => [m.id, m]),
) as Record<ModelId, CatalogModel>;

if (Object.keys(MODELS).length !== MODEL_IDS.length) {
  throw new Error('lib/workload/models.ts: every MODEL_IDS entry needs exactly one catalog model');
}

/** The catalog model with this slug id. */
export function modelById(id: ModelId): CatalogModel {
  return MODELS[id];
}

/** KV heads and head dimension of a GQA model (the schema requires both for attention "gqa"). */
export function gqaDims(model: ModelArchitecture): { kvHeads: number; headDim: number } {
  return {
    kvHeads: must(model.kvHeads, `${model.name}: KV heads`),
    headDim: must(model.headDim, `${model.name}: head dimension`),
  };
}

/** The MLA dimensions of an MLA model (the schema requires them for attention "mla"). */
export function mlaDims(model: ModelArchitecture): NonNullable<ModelArchitecture['mla']> {
  return must(model.mla, `${model.name}: MLA dimensions`);
}
