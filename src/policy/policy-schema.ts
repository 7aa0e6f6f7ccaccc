/** The meta-schema every policy file must satisfy (its `when`/`require` are checked by ajv itself). */
export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'severity', 'title', 'description', 'appliesTo', 'message', 'examples'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    severity: { enum: ['error', 'warning', 'info'] },
    title: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1 },
    docs: { type: 'string' },
    appliesTo: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['taskmanager', 'jobmanager', 'config'] },
    },
    forEach: { type: 'string', minLength: 1 },
    when: { type: ['object', 'boolean'] },
    require: { type: ['object', 'boolean'] },
    message: { type: 'string', minLength: 1 },
    locate: { type: 'array', items: { type: 'string', minLength: 1 } },
    fix: {
      type: 'object',
      additionalProperties: false,
      properties: {
        set: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
        description: { type: 'string' },
      },
    },
    parameters: {
      type: 'object',
      propertyNames: { pattern: '^[a-zA-Z][a-zA-Z0-9]*$' },
      additionalProperties: {
        type: 'object',
        required: ['type', 'default', 'description'],
        additionalProperties: false,
        properties: {
          type: { enum: ['memory', 'number', 'string', 'boolean'] },
          default: { type: ['string', 'number', 'boolean'] },
          description: { type: 'string' },
        },
      },
    },
    examples: {
      type: 'object',
      required: ['valid', 'invalid'],
      additionalProperties: false,
      properties: {
        valid: { type: 'array', items: { $ref: '#/$defs/example' } },
        invalid: { type: 'array', items: { $ref: '#/$defs/example' } },
      },
    },
  },
  $defs: {
    example: {
      type: 'object',
      additionalProperties: false,
      properties: {
        description: { type: 'string' },
        config: { type: 'object', additionalProperties: { type: 'string' } },
        flinkVersion: { type: 'string' },
        deployment: { enum: ['standalone', 'kubernetes', 'yarn'] },
        kind: { type: 'string' },
        container: {
          type: 'object',
          additionalProperties: false,
          properties: { taskmanager: { type: 'string' }, jobmanager: { type: 'string' } },
        },
        annotations: { type: 'object', additionalProperties: { type: 'string' } },
        env: { type: 'object', additionalProperties: { type: 'string' } },
        processes: { type: 'array', items: { enum: ['taskmanager', 'jobmanager'] } },
        file: {
          type: 'object',
          required: ['name', 'text'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, text: { type: 'string' } },
        },
        params: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
      },
    },
  },
} as const;
