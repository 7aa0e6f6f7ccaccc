export const id = 788;
export const ids = [788];
export const modules = {

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ deriveConfig),
  Mh: () => (/* reexport */ flinkView)
});

// UNUSED EXPORTS: effectiveEntries, toConfigMap

// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
;// CONCATENATED MODULE: ./src/derive/flink-view.ts
/** The entries Flink applies, in order: the base file, then the config's own; placeholders left out. */
function effectiveEntries(config) {
    return [...(config.base?.entries ?? []), ...config.entries].filter((e) => !e.unresolved);
}
/** The configuration Flink ends up with: entries applied in order, later ones win. */
function toConfigMap(entries) {
    const map = new Map();
    for (const entry of entries)
        map.set(entry.key, entry.value);
    return map;
}
/** What Flink sees of a config: its effective entries as one configuration. */
function flinkView(config) {
    return toConfigMap(effectiveEntries(config));
}

;// CONCATENATED MODULE: ./src/derive/index.ts



/** The derive stage: both processes of a linked config, as Flink derives them for its version and mode. */
function deriveConfig(config) {
    return (0,flink/* derive */.CX)(flinkView(config), {
        flinkVersion: config.flinkVersion,
        deployment: config.deployment,
        env: config.env ?? {},
    });
}


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gx: () => (/* reexport */ CONSUMER_DEFAULT_WEIGHT),
  vk: () => (/* reexport */ CONSUMER_WEIGHTS_KEY),
  zr: () => (/* reexport */ DISABLE_JEMALLOC_KEY),
  NA: () => (/* reexport */ FORMAT_IMPLIED),
  Fs: () => (/* reexport */ FlinkError),
  KU: () => (/* reexport */ JAVA_OPTS_ENV),
  Dq: () => (/* reexport */ JVM_LIMIT_OF_FLAG),
  F9: () => (/* reexport */ options_OptionReader),
  ED: () => (/* reexport */ backendMemoryPrefix),
  rI: () => (/* reexport */ defaultConsumerWeights),
  vS: () => (/* reexport */ defaultNetworkBytes),
  F2: () => (/* reexport */ defaultStateBackend),
  XL: () => (/* reexport */ demandFor),
  CX: () => (/* reexport */ derive),
  WC: () => (/* reexport */ deriveJobManager),
  MC: () => (/* reexport */ derive_deriveTaskManager),
  rQ: () => (/* reexport */ diffVersions),
  Oq: () => (/* reexport */ dumpFlinkYaml),
  jT: () => (/* reexport */ failureArithmetic),
  $K: () => (/* reexport */ options_findOption),
  xS: () => (/* reexport */ flinkConfReading),
  k6: () => (/* reexport */ flinkImage),
  UQ: () => (/* reexport */ flinkImageVersion),
  eD: () => (/* reexport */ formatChange),
  Xq: () => (/* reexport */ formatSize),
  z4: () => (/* reexport */ imageAllocator),
  jR: () => (/* reexport */ imageDefaultConf),
  nt: () => (/* reexport */ isMemoryKey),
  fA: () => (/* reexport */ isOptionNamespace),
  kx: () => (/* reexport */ javaDoubleToString),
  hB: () => (/* reexport */ javaOptsKeys),
  _W: () => (/* reexport */ jvmSizeBytes),
  Od: () => (/* reexport */ keepSizes),
  Yj: () => (/* reexport */ largestServableBuffersPerChannel),
  tT: () => (/* reexport */ legacyKeyReading),
  Vh: () => (/* reexport */ memorySizeToString),
  W3: () => (/* reexport */ migrateConfigFile),
  Ro: () => (/* reexport */ minorLineOf),
  ON: () => (/* reexport */ network_buffer_options_networkBufferSettings),
  td: () => (/* reexport */ operatorFlinkVersion),
  tH: () => (/* reexport */ optionRegistry),
  UO: () => (/* reexport */ parseFlinkVersion),
  PZ: () => (/* reexport */ parseJavaDouble),
  rz: () => (/* reexport */ parseJavaInt),
  vq: () => (/* reexport */ parseMemorySize),
  OX: () => (/* reexport */ preMemoryModelKeys),
  pR: () => (/* reexport */ processSizeKeys),
  iL: () => (/* reexport */ rawText),
  dN: () => (/* reexport */ readFlinkVersion),
  U_: () => (/* reexport */ readsDataprocWeight),
  qx: () => (/* reexport */ rememberedSolve),
  T: () => (/* reexport */ retagFlinkImage),
  oH: () => (/* reexport */ runtimeModeOfArgs),
  JE: () => (/* reexport */ runtimeModeOption),
  r1: () => (/* reexport */ sameVersion),
  _p: () => (/* reexport */ sizeInSentence),
  Zh: () => (/* reexport */ sizeInUnitsOf),
  P2: () => (/* reexport */ sizeLike),
  WH: () => (/* reexport */ solveSizing),
  Ug: () => (/* reexport */ stateBackendKeys),
  J4: () => (/* reexport */ stateBackendName),
  I: () => (/* reexport */ stateBackendSetting),
  _1: () => (/* reexport */ suppliedKey),
  JC: () => (/* reexport */ traitsOf),
  vw: () => (/* reexport */ tryParseMemorySize),
  JY: () => (/* reexport */ untaggedFlinkImage),
  Zq: () => (/* reexport */ usesManagedMemory),
  EU: () => (/* reexport */ versionCode)
});

// UNUSED EXPORTS: DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH, Edits, INTEGER_MAX_VALUE, JAVA_INT_MAX, JAVA_INT_MIN, MAX_MEMORY_SIZE, NETWORK_BUFFER_OPTIONS, NETWORK_BUFFER_OPTION_VERSIONS, RUNTIME_MODES, addBytes, convertValue, defaultConfigFile, deriveJobManagerPlain, deriveTaskManagerPlain, effectiveOption, failure, gateBuffers, gateModel, iae, ice, insufficientBuffersMessage, javaFloatToString, javaHashMapOrder, javaTrim, jvmArgs, legacyHeapTarget, longOverflow, mapLegacyHeap, memorySizeToHumanReadable, multiplyBytes, networkBufferDemand, networkBufferOption, optionToString, parseJavaFloat, parseJavaLong, parseMebiBytes, resultPartitionBuffers, segmentSize, sizeValue, smallestDefaultNetworkBuffers, subtractBytes, upgradeEdits, versionOptions

;// CONCATENATED MODULE: ./src/flink/java-number.ts
/**
 * Java's number parsing and printing, as Flink's typed options see them: `Float.parseFloat`,
 * `Double.parseDouble`, `Integer.parseInt`, `Long.parseLong` and `Double.toString`.
 * Parsers return `undefined` where Java throws a `NumberFormatException`.
 */
/** Java `String.trim()`: only code units up to U+0020 count as white space. */
function java_number_javaTrim(s) {
    let from = 0;
    let to = s.length;
    while (from < to && s.charCodeAt(from) <= 0x20)
        from++;
    while (to > from && s.charCodeAt(to - 1) <= 0x20)
        to--;
    return from === 0 && to === s.length ? s : s.slice(from, to);
}
/** Java `Double.toString(d)`: shortest round-trip digits, scientific outside [10^-3, 10^7). */
function javaDoubleToString(d) {
    if (Number.isNaN(d))
        return 'NaN';
    if (d === Infinity)
        return 'Infinity';
    if (d === -Infinity)
        return '-Infinity';
    if (d === 0)
        return Object.is(d, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(d);
    const sign = d < 0 ? '-' : '';
    if (abs >= 1e-3 && abs < 1e7) {
        const s = String(abs);
        return sign + (s.includes('.') ? s : `${s}.0`);
    }
    const [mantissa, exp] = abs.toExponential().split('e');
    const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    return `${sign}${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}
/** Java `Float.toString(f)`: the shortest digits that read back as the same float32. */
function javaFloatToString(f) {
    if (!Number.isFinite(f) || f === 0)
        return javaDoubleToString(f);
    for (let digits = 1; digits <= 9; digits++) {
        const candidate = Number(f.toPrecision(digits));
        if (Math.fround(candidate) === f)
            return javaDoubleToString(candidate);
    }
    return javaDoubleToString(f);
}
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function hexValue(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 97 && c <= 102)
        return c - 87;
    if (c >= 65 && c <= 70)
        return c - 55;
    return -1;
}
function isTypeSuffix(c) {
    return c === 102 || c === 70 || c === 100 || c === 68; // f F d D
}
const FLOAT32 = { precision: 24, minUnitExp: -149, maxExp: 128 };
const FLOAT64 = { precision: 53, minUnitExp: -1074, maxExp: 1024 };
function bitLength(n) {
    return n === 0n ? 0 : n.toString(2).length;
}
/** Correctly rounds the positive rational num/den to the format (round half to even). */
function roundRational(num, den, fmt) {
    if (num === 0n)
        return 0;
    const s = bitLength(num) - bitLength(den) - (fmt.precision + 2);
    let q;
    let r;
    if (s >= 0) {
        const d = den << BigInt(s);
        q = num / d;
        r = num % d;
    }
    else {
        const n = num << BigInt(-s);
        q = n / den;
        r = n % den;
    }
    const top = s + bitLength(q); // value < 2^top
    const unit = Math.max(top - fmt.precision, fmt.minUnitExp);
    const shift = unit - s;
    let m;
    if (shift > 0) {
        const b = BigInt(shift);
        m = q >> b;
        const rest = q & ((1n << b) - 1n);
        const half = 1n << (b - 1n);
        if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n)))
            m += 1n;
    }
    else {
        m = q << BigInt(-shift);
    }
    if (bitLength(m) + unit > fmt.maxExp)
        return Infinity;
    return Number(m) * 2 ** unit;
}
/**
 * Java's `FloatingDecimal.readJavaFormatString`: optional sign, `NaN`, `Infinity`, decimal with
 * optional exponent, or hex with a binary exponent; one trailing `f`/`F`/`d`/`D` allowed.
 */
function parseJavaFloating(text, fmt) {
    const s = java_number_javaTrim(text);
    const n = s.length;
    if (n === 0)
        return undefined;
    let i = 0;
    let negative = false;
    const c0 = s.charCodeAt(0);
    if (c0 === PLUS || c0 === MINUS) {
        negative = c0 === MINUS;
        i++;
    }
    const rest = s.slice(i);
    if (rest === 'NaN')
        return NaN;
    if (rest === 'Infinity')
        return negative ? -Infinity : Infinity;
    const scanned = rest.startsWith('0x') || rest.startsWith('0X')
        ? scanHex(s, i + 2, fmt, negative)
        : scanDecimal(s, i, fmt, negative);
    return scanned === undefined ? undefined : scanned.negative ? -scanned.value : scanned.value;
}
/** A signed exponent from `start`, an optional type suffix, then the end of the text. */
function scanExponentAndEnd(s, start) {
    const n = s.length;
    let i = start;
    let negative = false;
    if (i < n && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === MINUS)) {
        negative = s.charCodeAt(i) === MINUS;
        i++;
    }
    const digitsStart = i;
    while (i < n && isDigit(s.charCodeAt(i)))
        i++;
    if (i === digitsStart)
        return undefined;
    // Java saturates huge exponents; anything this large already means 0 or infinity.
    const e = Math.min(Number(s.slice(digitsStart, i)), 100000);
    if (i < n && isTypeSuffix(s.charCodeAt(i)))
        i++;
    if (i !== n)
        return undefined;
    return negative ? -e : e;
}
function scanDecimal(s, start, fmt, negative) {
    const n = s.length;
    let i = start;
    let digits = '';
    let fractionDigits = 0;
    let seenDot = false;
    let any = false;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isDigit(c)) {
            any = true;
            digits += s[i];
            if (seenDot)
                fractionDigits++;
        }
        else if (c === DOT && !seenDot) {
            seenDot = true;
        }
        else
            break;
    }
    if (!any)
        return undefined;
    let exp = 0;
    if (i < n && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
        const scanned = scanExponentAndEnd(s, i + 1);
        if (scanned === undefined)
            return undefined;
        exp = scanned;
    }
    else {
        if (i < n && isTypeSuffix(s.charCodeAt(i)))
            i++;
        if (i !== n)
            return undefined;
    }
    const value = decimalToBinary(digits, exp - fractionDigits, fmt);
    return { negative, value };
}
function decimalToBinary(digits, exp10, fmt) {
    const d = Number(`${digits}e${exp10}`);
    if (fmt === FLOAT64)
        return d;
    const f = Math.fround(d);
    if (f === d || !Number.isFinite(d))
        return f;
    // Double rounding can only go wrong when the double lands exactly on a midpoint between floats.
    const other = nextFloat(f, d > f);
    const mid = Number.isFinite(other) ? (f + other) / 2 : 2 ** 128 - 2 ** 103;
    if (d !== mid)
        return f;
    const big = BigInt(digits.replace(/^0+(?=\d)/, ''));
    return exp10 >= 0
        ? roundRational(big * 10n ** BigInt(exp10), 1n, fmt)
        : roundRational(big, 10n ** BigInt(-exp10), fmt);
}
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function nextFloat(f, up) {
    if (f === 0)
        return up ? 2 ** -149 : -(2 ** -149);
    f32[0] = f;
    u32[0] += f > 0 === up ? 1 : -1;
    return f32[0];
}
function scanHex(s, start, fmt, negative) {
    const n = s.length;
    let i = start;
    let mantissa = 0n;
    let fractionDigits = 0;
    let seenDot = false;
    let any = false;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        const h = hexValue(c);
        if (h >= 0) {
            any = true;
            mantissa = (mantissa << 4n) | BigInt(h);
            if (seenDot)
                fractionDigits++;
        }
        else if (c === DOT && !seenDot) {
            seenDot = true;
        }
        else
            break;
    }
    if (!any || i >= n || (s.charCodeAt(i) !== 112 && s.charCodeAt(i) !== 80))
        return undefined; // p P required
    const e = scanExponentAndEnd(s, i + 1);
    if (e === undefined)
        return undefined;
    const exp2 = e - 4 * fractionDigits;
    const value = exp2 >= 0
        ? roundRational(mantissa << BigInt(exp2), 1n, fmt)
        : roundRational(mantissa, 1n << BigInt(-exp2), fmt);
    return { negative, value };
}
/** Java `Float.parseFloat`, as a JS number holding the float32 value. */
function parseJavaFloat(text) {
    return parseJavaFloating(text, FLOAT32);
}
/** Java `Double.parseDouble`. */
function parseJavaDouble(text) {
    return parseJavaFloating(text, FLOAT64);
}
const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
function parseJavaInteger(text, min, max) {
    const n = text.length;
    if (n === 0)
        return undefined;
    let i = 0;
    const c0 = text.charCodeAt(0);
    if (c0 === PLUS || c0 === MINUS) {
        i = 1;
        if (n === 1)
            return undefined;
    }
    for (let j = i; j < n; j++)
        if (!isDigit(text.charCodeAt(j)))
            return undefined;
    const v = BigInt(text);
    return v < min || v > max ? undefined : v;
}
/** Java `Integer.parseInt`: no trimming, optional sign, ASCII decimal digits, 32-bit range. */
function parseJavaInt(text) {
    const v = parseJavaInteger(text, INT_MIN, INT_MAX);
    return v === undefined ? undefined : Number(v);
}
/** Java `Long.parseLong`. */
function parseJavaLong(text) {
    return parseJavaInteger(text, LONG_MIN, LONG_MAX);
}
const JAVA_INT_MIN = INT_MIN;
const JAVA_INT_MAX = INT_MAX;

;// CONCATENATED MODULE: ./src/flink/flink-error.ts
/** Java exception classes Flink's derivation raises, by simple name. */
const QUALIFIED = {
    IllegalConfigurationException: 'org.apache.flink.configuration.IllegalConfigurationException',
    IllegalArgumentException: 'java.lang.IllegalArgumentException',
    NumberFormatException: 'java.lang.NumberFormatException',
    ArithmeticException: 'java.lang.ArithmeticException',
    NullPointerException: 'java.lang.NullPointerException',
    RuntimeException: 'java.lang.RuntimeException',
};
/**
 * The one error a derivation raises: what Flink's Java code would throw, with the exception's
 * simple class name and the chain of causes (each as Java's `Throwable.toString()`).
 */
class FlinkError extends Error {
    errorType;
    cause;
    constructor(errorType, message, cause) {
        // Rejections are ordinary results here, not bugs: a stack trace would cost more than the derivation.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(message);
        Error.stackTraceLimit = limit;
        this.name = 'FlinkError';
        this.errorType = errorType;
        this.cause = cause;
    }
    /** Messages of the cause chain, outermost first, each as Java's `Throwable.toString()`. */
    get causes() {
        return this.cause ? [this.cause.javaString(), ...this.cause.causes] : [];
    }
    /** `Throwable.toString()`: the qualified class name, then the message. */
    javaString() {
        return `${QUALIFIED[this.errorType] ?? this.errorType}: ${this.message}`;
    }
}
/** A derivation result for a `FlinkError`; anything else is a bug and is re-thrown. */
function flink_error_failure(err) {
    if (!(err instanceof FlinkError))
        throw err;
    return {
        ok: false,
        error: err.message,
        errorType: err.errorType,
        ...(err.causes.length > 0 && { causes: err.causes }),
    };
}
const ice = (message, cause) => new FlinkError('IllegalConfigurationException', message, cause);
const iae = (message, cause) => new FlinkError('IllegalArgumentException', message, cause);
const longOverflow = () => new FlinkError('ArithmeticException', 'long overflow');

;// CONCATENATED MODULE: ./src/flink/memory-size.ts


/** Flink's `MemorySize`: a byte count that is a non-negative signed 64-bit value. */
const MAX_MEMORY_SIZE = 2n ** 63n - 1n;
const KB = 1024n;
const MB = KB * KB;
const GB = MB * KB;
const TB = GB * KB;
const UNITS = {
    '': 1n,
    b: 1n,
    bytes: 1n,
    k: KB,
    kb: KB,
    kibibytes: KB,
    m: MB,
    mb: MB,
    mebibytes: MB,
    g: GB,
    gb: GB,
    gibibytes: GB,
    t: TB,
    tb: TB,
    tebibytes: TB,
};
const UNIT_LIST = '(b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)';
/** `MemorySize.parse(text)`: Java trim, leading ASCII digits, optional binary unit. */
function parseMemorySize(text) {
    if (text === null || text === undefined)
        throw new FlinkError('NullPointerException', 'text cannot be null');
    const t = java_number_javaTrim(text);
    if (t.length === 0)
        throw iae('argument is an empty- or whitespace-only string');
    let end = 0;
    while (end < t.length) {
        const c = t.charCodeAt(end);
        if (c < 48 || c > 57)
            break;
        end++;
    }
    if (end === 0)
        throw new FlinkError('NumberFormatException', 'text does not start with a number');
    const numberText = t.slice(0, end);
    const value = BigInt(numberText);
    if (value > MAX_MEMORY_SIZE) {
        throw iae(`The value '${numberText}' cannot be re represented as 64bit number (numeric overflow).`);
    }
    const unit = end === t.length ? '' : java_number_javaTrim(t.slice(end)).toLowerCase();
    const multiplier = UNITS[unit];
    if (multiplier === undefined || !Object.hasOwn(UNITS, unit)) {
        throw iae(`Memory size unit '${unit}' does not match any of the recognized units: ${UNIT_LIST}`);
    }
    const bytes = value * multiplier;
    if (bytes > MAX_MEMORY_SIZE) {
        throw iae(`The value '${text}' cannot be re represented as 64bit number of bytes (numeric overflow).`);
    }
    return bytes;
}
/** `MemorySize.parse(text, MEGA_BYTES)`: a plain number means mebibytes. */
function parseMebiBytes(text) {
    const t = javaTrim(text);
    let end = 0;
    while (end < t.length && t.charCodeAt(end) >= 48 && t.charCodeAt(end) <= 57)
        end++;
    return parseMemorySize(end === t.length && end > 0 ? `${t}m` : text);
}
/** `MemorySize.parse(text)` returning `undefined` instead of throwing. */
function tryParseMemorySize(text) {
    try {
        return parseMemorySize(text);
    }
    catch {
        return undefined;
    }
}
const PRINT_UNITS = [
    [1n, 'bytes'],
    [KB, 'kb'],
    [MB, 'mb'],
    [GB, 'gb'],
    [TB, 'tb'],
];
/** `MemorySize.toString()`: the largest unit that divides the size exactly, bytes for multiples of 1 TiB. */
function memorySizeToString(bytes) {
    let chosen = PRINT_UNITS[0];
    for (let i = 1; i < PRINT_UNITS.length; i++) {
        if (bytes % PRINT_UNITS[i][0] !== 0n) {
            chosen = PRINT_UNITS[i - 1];
            break;
        }
    }
    return `${bytes / chosen[0]} ${chosen[1]}`;
}
/** `MemorySize.toHumanReadableString()`, e.g. `1.688gb (1811939328 bytes)`. */
function memorySizeToHumanReadable(bytes) {
    let unit;
    for (let i = PRINT_UNITS.length - 1; i >= 1; i--) {
        if (PRINT_UNITS[i][0] < bytes) {
            unit = PRINT_UNITS[i];
            break;
        }
    }
    if (!unit)
        return `${bytes} bytes`;
    return `${(Number(bytes) / Number(unit[0])).toFixed(3)}${unit[1]} (${bytes} bytes)`;
}
/** Exact `long` addition: Java's `Math.addExact`. */
function addBytes(a, b) {
    const sum = a + b;
    if (sum > MAX_MEMORY_SIZE)
        throw longOverflow();
    return sum;
}
/** `MemorySize.subtract`: a negative result is rejected by the constructor. */
function subtractBytes(a, b) {
    const diff = a - b;
    if (diff < 0n)
        throw iae('bytes must be >= 0');
    return diff;
}
/** The exact decimal of `BigDecimal.valueOf(d)` (Java `Double.toString`) as digits \u00d7 10^exponent. */
function decimalOf(d) {
    const text = javaDoubleToString(d);
    const e = text.indexOf('E');
    const mantissa = e < 0 ? text : text.slice(0, e);
    const dot = mantissa.indexOf('.');
    const fraction = dot < 0 ? '' : mantissa.slice(dot + 1);
    const digits = BigInt((dot < 0 ? mantissa : mantissa.slice(0, dot)) + fraction);
    const exponent = (e < 0 ? 0 : Number(text.slice(e + 1))) - fraction.length;
    return { digits, exponent, scale: 10n ** BigInt(Math.abs(exponent)) };
}
/**
 * `MemorySize.multiply(double)`: the exact product of the bytes and the decimal Java prints for the
 * multiplier, truncated toward zero.
 */
function multiplyBytes(bytes, multiplier) {
    if (multiplier < 0)
        throw iae('multiplier must be >= 0');
    if (!Number.isFinite(multiplier))
        throw new FlinkError('NumberFormatException', 'Infinite or NaN');
    let decimal = decimals.get(multiplier);
    if (!decimal) {
        decimal = decimalOf(multiplier);
        if (decimals.size > 4096)
            decimals.clear();
        decimals.set(multiplier, decimal);
    }
    const { digits, exponent, scale } = decimal;
    let product;
    if (exponent >= 0) {
        product = bytes * digits * scale;
        if (product > MAX_MEMORY_SIZE)
            throw longOverflow();
    }
    else {
        const exact = bytes * digits;
        // Java compares the exact product with Long.MAX_VALUE before truncating.
        if (exact > MAX_MEMORY_SIZE * scale)
            throw longOverflow();
        product = exact / scale;
    }
    return product;
}
const decimals = new Map();

;// CONCATENATED MODULE: ./src/flink/human-size.ts
const MIB = 1n << 20n;
const GIB = 1n << 30n;
/** From here on sizes read better in GiB. */
const GIB_FROM = 10n * GIB;
/** `value / unit` rounded half up to `digits` decimals, trailing zeros dropped. */
function scaled(value, unit, digits) {
    const factor = 10n ** BigInt(digits);
    const units = (value * factor * 2n + unit) / (unit * 2n);
    const whole = units / factor;
    const fraction = (units % factor).toString().padStart(digits, '0').replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : `${whole}`;
}
function magnitude(bytes) {
    if (bytes >= GIB_FROM)
        return `${scaled(bytes, GIB, 2)} GiB`;
    const mib = scaled(bytes, MIB, 1);
    // A few bytes would round to `0 MiB`, which hides that there are some.
    if (mib === '0' && bytes > 0n)
        return `${bytes} B`;
    return `${mib} MiB`;
}
/**
 * A size for people: below 10 GiB in MiB with at most one decimal (`1728 MiB`, `384.5 MiB`),
 * from 10 GiB in GiB with at most two (`16 GiB`).
 */
function formatSize(bytes) {
    return bytes < 0n ? `-${magnitude(-bytes)}` : magnitude(bytes);
}
/** A signed change between two sizes: `+2368 MiB`, `-512 MiB`, `\u00b10`. */
function formatChange(delta) {
    if (delta === 0n)
        return '\u00b10';
    return delta > 0n ? `+${magnitude(delta)}` : `-${magnitude(-delta)}`;
}

// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
;// CONCATENATED MODULE: ./src/flink/versions.ts

/** Patches a minor line counts up to: a minor line stands for its latest patch. */
const LATEST_PATCH = 999;
/**
 * Where a version lies on the line of releases: the minor line's position, then the patch. A
 * version given as a minor line is its latest patch; a table row given as a minor line starts at
 * its first patch, so that the rows of a line hold for all of its patch releases.
 */
function position(version, as) {
    const cache = as === 'version' ? VERSION_POSITIONS : SINCE_POSITIONS;
    const known = cache.get(version);
    if (known !== undefined)
        return known;
    const [major, minor, patch] = version.split('.');
    const line = model/* FLINK_VERSIONS */.tf.indexOf(`${major}.${minor}`);
    if (line < 0)
        throw new RangeError(`Unsupported Flink version ${version}`);
    const within = patch !== undefined ? Number(patch) : as === 'version' ? LATEST_PATCH : 0;
    const at = line * (LATEST_PATCH + 1) + within;
    cache.set(version, at);
    return at;
}
// Every table lookup compares versions; the strings come from a small closed set, so each is
// parsed once.
const VERSION_POSITIONS = new Map();
const SINCE_POSITIONS = new Map();
/** Position of a version among the versions the tool judges, for ordering them. */
function versionIndex(version) {
    return position(version, 'version');
}
/** Whether a version has reached a table row's version (a row at `'1.10'` holds from 1.10.0 on). */
function versions_atLeast(version, since) {
    return position(version, 'version') >= position(since, 'since');
}
/** Every version the tool judges, oldest first: a patch release comes before its minor line. */
const JUDGED_VERSIONS = [...model/* PATCH_RELEASES */.WO, ...model/* FLINK_VERSIONS */.tf].sort((a, b) => versionIndex(a) - versionIndex(b));
/** The row of a `[since, value]` table that holds for a version: the last one it has reached. */
function sinceRow(rows, version) {
    let value;
    for (const [since, v] of rows)
        if (versions_atLeast(version, since))
            value = v;
    return value;
}
/** major \u00d7 100 + minor (1.17 \u2192 117, 2.0 \u2192 200): the Facts document's `config.versionCode`. */
function versionCode(version) {
    const [major, minor] = version.split('.').map(Number);
    return major * 100 + minor;
}
const VERSION_TEXT = /^\s*(?:flink[-_]?)?v?(\d+)[._](\d+)(?!\d)(?:\.(\d+)(?!\d))?/i;
/**
 * `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'`, `'2.0-preview1'` \u2192 the minor it names; one
 * outside 1.10\u2013newest is clamped into the range (and says so). Undefined for anything else.
 */
function readFlinkVersion(text) {
    const match = VERSION_TEXT.exec(text);
    if (!match)
        return undefined;
    const major = Number(match[1]);
    const minor = Number(match[2]);
    const release = model/* PATCH_RELEASES */.WO.find((v) => match[3] !== undefined && v === `${major}.${minor}.${Number(match[3])}`);
    if (release)
        return { version: release, clamped: false, beforeModel: false };
    const exact = model/* FLINK_VERSIONS */.tf.find((v) => v === `${major}.${minor}`);
    if (exact)
        return { version: exact, clamped: false, beforeModel: false };
    const older = major < 1 || (major === 1 && minor < 10);
    return { version: older ? model/* FLINK_VERSIONS */.tf[0] : model/* NEWEST_FLINK_VERSION */.Xv, clamped: true, beforeModel: older };
}
/** `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'` \u2192 `'1.18'`; undefined when not a supported minor. */
function parseFlinkVersion(text) {
    const read = readFlinkVersion(text);
    return read && !read.clamped ? read.version : undefined;
}
const MODERN_MISSING = "Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.";
const LEGACY_MISSING = 'Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.';
/** Each row applies from its version on, until a later row overrides a field. */
const TRAIT_CHANGES = [
    [
        '1.10',
        {
            tmPrefix: '',
            jmPrefix: '',
            tmMissingSizesMessage: LEGACY_MISSING,
            checkProcessCoversFlink: false,
            legacyNetworkBuffers: true,
            legacyHeap: true,
            tmLegacyMapPrefix: '',
            jobManagerModel: false,
            slotsAndExternalResources: false,
            dynamicMetaspaceAndOverhead: false,
            dynamicTrailingSpace: true,
            jobManagerDynamicConfigs: false,
            quoteExternalResources: false,
        },
    ],
    [
        '1.11',
        {
            tmPrefix: 'TaskManager memory configuration failed: ',
            jmPrefix: 'JobManager memory configuration failed: ',
            tmMissingSizesMessage: MODERN_MISSING,
            checkProcessCoversFlink: true,
            tmLegacyMapPrefix: 'TaskManager failed to map legacy JVM heap option to the new one: ',
            jobManagerModel: true,
        },
    ],
    [
        '1.12',
        { dynamicMetaspaceAndOverhead: true, dynamicTrailingSpace: false, jobManagerDynamicConfigs: true },
    ],
    ['1.13', { slotsAndExternalResources: true }],
    ['1.15', { quoteExternalResources: true }],
    ['2.0', { jmPrefix: '', legacyNetworkBuffers: false, legacyHeap: false }],
];
const TRAITS = new Map(JUDGED_VERSIONS.map((version) => [
    version,
    Object.assign({}, ...TRAIT_CHANGES.filter(([since]) => versions_atLeast(version, since)).map(([, t]) => t)),
]));
function traitsOf(version) {
    const traits = TRAITS.get(version);
    if (!traits)
        throw new RangeError(`Unsupported Flink version ${String(version)}`);
    return traits;
}
/** Whether two versions are judged alike (the same minor line, or the same patch release). */
function sameVersion(a, b) {
    return versionIndex(a) === versionIndex(b);
}
/** The minor line a version text names (`1.18.1-java11` \u2192 `1.18`), supported or not; undefined for other text. */
function minorLineOf(text) {
    const match = VERSION_TEXT.exec(text);
    return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

;// CONCATENATED MODULE: ./src/flink/options.ts




const always = (value) => [['1.10', value]];
/** The options of Flink's memory model, with defaults and deprecated keys per version (spec \u00a71). */
const OPTION_ROWS = [
    { key: 'taskmanager.memory.process.size', type: 'memory' },
    { key: 'taskmanager.memory.flink.size', type: 'memory' },
    { key: 'taskmanager.memory.framework.heap.size', type: 'memory', defaults: always('128m') },
    { key: 'taskmanager.memory.framework.off-heap.size', type: 'memory', defaults: always('128m') },
    { key: 'taskmanager.memory.task.heap.size', type: 'memory' },
    { key: 'taskmanager.memory.task.off-heap.size', type: 'memory', defaults: always('0') },
    { key: 'taskmanager.memory.managed.size', type: 'memory', deprecatedKeys: ['taskmanager.memory.size'] },
    { key: 'taskmanager.memory.managed.fraction', type: 'float', defaults: always('0.4') },
    {
        key: 'taskmanager.memory.network.min',
        type: 'memory',
        defaults: always('64m'),
        deprecatedKeys: ['taskmanager.network.memory.min'],
    },
    {
        key: 'taskmanager.memory.network.max',
        type: 'memory',
        // FLINK-30472: unbounded from 1.17 on.
        defaults: [
            ['1.10', '1g'],
            ['1.17', String(MAX_MEMORY_SIZE)],
        ],
        deprecatedKeys: ['taskmanager.network.memory.max'],
    },
    {
        key: 'taskmanager.memory.network.fraction',
        type: 'float',
        defaults: always('0.1'),
        deprecatedKeys: ['taskmanager.network.memory.fraction'],
    },
    {
        key: 'taskmanager.memory.jvm-metaspace.size',
        type: 'memory',
        // FLINK-16406 (apache/flink#11300, the 1.10.1 release notes) raised 1.10.0's 96m.
        defaults: [
            ['1.10', '96m'],
            ['1.10.1', '256m'],
        ],
    },
    { key: 'taskmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m') },
    { key: 'taskmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g') },
    { key: 'taskmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1') },
    { key: 'taskmanager.memory.segment-size', type: 'memory', defaults: always('32kb') },
    { key: 'taskmanager.network.numberOfBuffers', type: 'int', defaults: always('2048'), removedIn: '2.0' },
    { key: 'taskmanager.numberOfTaskSlots', type: 'int', defaults: always('1') },
    { key: 'taskmanager.cpu.cores', type: 'double' },
    { key: 'taskmanager.heap.size', type: 'memory', removedIn: '2.0' },
    { key: 'taskmanager.heap.mb', type: 'int', removedIn: '2.0' },
    { key: 'external-resources', type: 'string', since: '1.11' },
    { key: 'jobmanager.memory.process.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.flink.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.heap.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.off-heap.size', type: 'memory', defaults: always('128m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-metaspace.size', type: 'memory', defaults: always('256m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1'), since: '1.11' },
    {
        key: 'jobmanager.memory.enable-jvm-direct-memory-limit',
        type: 'boolean',
        defaults: always('false'),
        since: '1.11',
    },
    {
        key: 'jobmanager.heap.size',
        type: 'memory',
        defaults: [
            ['1.10', '1024m'],
            ['1.11', undefined],
        ],
        removedIn: '2.0',
    },
    {
        key: 'jobmanager.heap.mb',
        type: 'int',
        defaults: [
            ['1.10', '1024'],
            ['1.11', undefined],
        ],
        removedIn: '2.0',
    },
    {
        key: 'containerized.heap-cutoff-ratio',
        type: 'float',
        defaults: always('0.25'),
        deprecatedKeys: ['yarn.heap-cutoff-ratio'],
        removedIn: '1.11',
    },
    {
        key: 'containerized.heap-cutoff-min',
        type: 'int',
        defaults: always('600'),
        deprecatedKeys: ['yarn.heap-cutoff-min'],
        removedIn: '1.11',
    },
    // Options the rules read beside the memory model: limit factors (spec \u00a79.4), how managed memory is
    // shared out (\u00a710.3), RocksDB/ForSt memory (\u00a710.1), PyFlink's managed-memory switch.
    {
        key: 'kubernetes.taskmanager.memory.limit-factor',
        type: 'double',
        defaults: always('1.0'),
        since: '1.15',
    },
    {
        key: 'kubernetes.jobmanager.memory.limit-factor',
        type: 'double',
        defaults: always('1.0'),
        since: '1.15',
    },
    {
        key: 'taskmanager.memory.managed.consumer-weights',
        type: 'string',
        defaults: [
            ['1.12', 'DATAPROC:70,PYTHON:30'],
            ['1.13', 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30'],
        ],
        since: '1.12',
    },
    { key: 'state.backend.rocksdb.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'state.backend.rocksdb.memory.fixed-per-slot', type: 'memory' },
    { key: 'state.backend.rocksdb.memory.fixed-per-tm', type: 'memory' },
    { key: 'state.backend.rocksdb.memory.write-buffer-ratio', type: 'double', defaults: always('0.5') },
    { key: 'state.backend.rocksdb.memory.high-prio-pool-ratio', type: 'double', defaults: always('0.1') },
    { key: 'state.backend.forst.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'state.backend.forst.memory.fixed-per-slot', type: 'memory' },
    { key: 'state.backend.forst.memory.fixed-per-tm', type: 'memory' },
    { key: 'python.fn-execution.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'taskmanager.memory.min-segment-size', type: 'memory' },
    { key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size', type: 'memory' },
];
function typedDefault(type, text) {
    switch (type) {
        case 'memory':
            return parseMemorySize(text);
        case 'float':
            return Math.fround(Number(text));
        case 'double':
            return Number(text);
        case 'int':
            return Number(text);
        case 'long':
            return BigInt(text);
        case 'boolean':
            return text === 'true';
        case 'string':
            return text;
    }
}
function defaultToString(type, value, text) {
    if (value === undefined || text === undefined)
        return 'null';
    // Float defaults print as Java's Float.toString, which for these literals is the literal itself.
    return type === 'memory' ? memorySizeToString(value) : text;
}
function buildRegistry(version) {
    const registry = new Map();
    for (const row of OPTION_ROWS) {
        if (row.since && !versions_atLeast(version, row.since))
            continue;
        if (row.removedIn && versions_atLeast(version, row.removedIn))
            continue;
        let text;
        for (const [since, value] of row.defaults ?? [])
            if (versions_atLeast(version, since))
                text = value;
        const defaultValue = text === undefined ? undefined : typedDefault(row.type, text);
        registry.set(row.key, {
            key: row.key,
            type: row.type,
            defaultValue,
            defaultText: defaultToString(row.type, defaultValue, text),
            fallbackKeys: (row.deprecatedKeys ?? []).map((key) => ({ key, deprecated: true })),
        });
    }
    return registry;
}
// Built on first use: start-up should not pay for every version a run does not judge.
const REGISTRIES = new Map();
const NO_OPTIONS = new Map();
/** The memory-related options a Flink version defines, keyed by main key. */
function optionRegistry(version) {
    let registry = REGISTRIES.get(version);
    if (!registry) {
        if (!JUDGED_VERSIONS.includes(version))
            return NO_OPTIONS;
        REGISTRIES.set(version, (registry = buildRegistry(version)));
    }
    return registry;
}
/** The option by its main key for a version; undefined where that version lacks it. */
function options_findOption(version, key) {
    return optionRegistry(version).get(key);
}
/** The option by its main key; a programming error when the version lacks it. */
function options_requireOption(version, key) {
    const option = options_findOption(version, key);
    if (!option)
        throw new RangeError(`${key} is not an option of Flink ${version}`);
    return option;
}
/** `ConfigOption.toString()`, as it appears inside two of Flink's messages. */
function optionToString(option) {
    const fallbacks = option.fallbackKeys.map((f) => `{key=${f.key}, isDeprecated=${f.deprecated}}`).join(', ');
    return `Key: '${option.key}' , default: ${option.defaultText} (fallback keys: [${fallbacks}])`;
}
/** `rawValue.toString()` in Java: how a raw value appears in messages and typed conversions. */
function rawText(raw) {
    return typeof raw === 'number' ? javaDoubleToString(raw) : String(raw);
}
/** Which key of an option is set in a configuration: the main key, then fallback keys in order. */
function suppliedKey(config, option) {
    if (config.has(option.key))
        return option.key;
    for (const fallback of option.fallbackKeys)
        if (config.has(fallback.key))
            return fallback.key;
    return undefined;
}
const forInputString = (s) => new FlinkError('NumberFormatException', `For input string: "${s}"`);
/** Flink's `ConfigurationUtils.convertValue` for one raw value; throws the parser's exception. */
function convertValue(type, raw) {
    switch (type) {
        case 'memory':
            return parseMemorySize(rawText(raw));
        case 'float': {
            if (typeof raw === 'number') {
                const abs = Math.abs(raw);
                if (raw === 0 || (abs >= 2 ** -149 && abs <= 3.4028234663852886e38))
                    return Math.fround(raw);
                throw iae(`Configuration value ${rawText(raw)} overflows/underflows the float type.`);
            }
            const text = rawText(raw);
            const v = parseJavaFloat(text);
            if (v === undefined) {
                throw text.trim() === ''
                    ? new FlinkError('NumberFormatException', 'empty String')
                    : forInputString(text);
            }
            return v;
        }
        case 'double': {
            if (typeof raw === 'number')
                return raw;
            const text = rawText(raw);
            const v = parseJavaDouble(text);
            if (v === undefined) {
                throw text.trim() === ''
                    ? new FlinkError('NumberFormatException', 'empty String')
                    : forInputString(text);
            }
            return v;
        }
        case 'int': {
            if (typeof raw === 'bigint' && (raw < JAVA_INT_MIN || raw > JAVA_INT_MAX)) {
                throw iae(`Configuration value ${raw} overflows/underflows the integer type.`);
            }
            const text = rawText(raw);
            const v = parseJavaInt(text);
            if (v === undefined)
                throw forInputString(text);
            return v;
        }
        case 'long': {
            const text = rawText(raw);
            const v = parseJavaLong(text);
            if (v === undefined)
                throw forInputString(text);
            return v;
        }
        case 'boolean': {
            if (typeof raw === 'boolean')
                return raw;
            const upper = rawText(raw).toUpperCase();
            if (upper === 'TRUE')
                return true;
            if (upper === 'FALSE')
                return false;
            throw iae(`Unrecognized option for boolean: ${rawText(raw)}. Expected either true or false(case insensitive)`);
        }
        case 'string':
            return rawText(raw);
    }
}
/** The effective value of an option after fallback keys and the default, and which key supplied it. */
function effectiveOption(config, version, key) {
    const option = options_findOption(version, key);
    if (!option)
        return undefined;
    const reader = new options_OptionReader(config);
    try {
        return { option, value: reader.get(option), suppliedBy: suppliedKey(config, option) };
    }
    catch (err) {
        if (err instanceof FlinkError)
            return { option, suppliedBy: suppliedKey(config, option), error: err };
        throw err;
    }
}
/** Reads typed options from a configuration the way `Configuration.get` does. */
class options_OptionReader {
    config;
    constructor(config) {
        this.config = config;
    }
    /** `Configuration.contains(option)`: the main key or any fallback key is present. */
    contains(option) {
        if (this.config.has(option.key))
            return true;
        for (const fallback of option.fallbackKeys)
            if (this.config.has(fallback.key))
                return true;
        return false;
    }
    /** `Configuration.get(option)`; conversion failures as `Could not parse value ...`. */
    get(option) {
        let raw = this.config.get(option.key);
        if (raw === undefined) {
            for (const fallback of option.fallbackKeys) {
                raw = this.config.get(fallback.key);
                if (raw !== undefined)
                    break;
            }
        }
        if (raw === undefined)
            return option.defaultValue;
        try {
            return convertValue(option.type, raw);
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw iae(`Could not parse value '${rawText(raw)}' for key '${option.key}'.`, err);
        }
    }
    /** `ProcessMemoryUtils.getMemorySizeFromConfig`: any failure becomes `Cannot read memory size ...`. */
    memory(option) {
        try {
            const value = this.get(option);
            if (value === undefined)
                throw new FlinkError('NullPointerException', `${option.key} is not set`);
            return value;
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw ice(`Cannot read memory size from config option '${option.key}'.`, err);
        }
    }
    /** Float, int, double and boolean options: their parse failure escapes unwrapped. */
    number(option) {
        return this.get(option);
    }
    boolean(option) {
        return this.get(option);
    }
}

;// CONCATENATED MODULE: ./src/flink/failure-arithmetic.ts
/**
 * The sums behind Flink's memory configuration errors, read back from its own messages: each size
 * there is written as `MemorySize.toHumanReadableString` (`128.000mb (134217728 bytes)`, `0 bytes`),
 * named by the component it is (`TaskExecutorFlinkMemoryUtils`, `ProcessMemoryUtils`,
 * `JobManagerFlinkMemoryUtils`).
 */
const SIZE = String.raw `(?:\d+\.\d{3}[kmgtp]?b \((\d+) bytes\)|(\d+) bytes)`;
const NAMED = new RegExp(String.raw `(?:the )?(?:configured |derived |configured or default )?([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*?)(?: size)?\s+\(${SIZE}\)`, 'g');
function bytesOf(match, at) {
    return BigInt(match[at] ?? match[at + 1]);
}
function namedParts(text) {
    return [...text.matchAll(NAMED)].map((m) => ({ name: m[1], bytes: bytesOf(m, 2) }));
}
const RULES = [
    [
        /Sum of (?:the )?configured (.+) (exceed|does not match) (?:the )?configured (.+)$/,
        (m) => {
            const parts = namedParts(m[1]);
            const [total] = namedParts(m[3]);
            if (parts.length === 0 || !total)
                return undefined;
            return { kind: m[2] === 'exceed' ? 'exceeds' : 'mismatch', parts, total };
        },
    ],
    [
        /The configured (Total Process Memory .+) is less than the sum of (.+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
    ],
    [
        /The configured (Total Flink Memory .+) is less than the configured (.+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
    ],
    [
        /The configured (JVM Heap Memory .+) exceeds the configured (Total Flink Memory .+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[1]), total: namedParts(m[2])[0] }),
    ],
    [
        new RegExp(String.raw `Derived ([A-Za-z -]+?) size \(${SIZE}\) is not in configured .+? range \[${SIZE}, ${SIZE}\]`),
        (m) => ({
            kind: 'out-of-range',
            derived: { name: m[1], bytes: bytesOf(m, 2) },
            min: bytesOf(m, 4),
            max: bytesOf(m, 6),
        }),
    ],
];
/**
 * The arithmetic of a derivation failure, from its message and then its causes (the network
 * remainder's range is in the cause); undefined for errors that are not about sizes.
 */
function failureArithmetic(messages) {
    for (const message of messages) {
        for (const [pattern, read] of RULES) {
            const m = pattern.exec(message);
            const arithmetic = m && read(m);
            if (arithmetic)
                return arithmetic;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/jobmanager-1.10.ts



const REASON = 'Flink 1.10 has no JobManager memory model: its start-up scripts only set the JVM heap from jobmanager.heap.size.';
const INVALID = "[ERROR] Configured JobManager memory size is not a valid value. Please set 'jobmanager.heap.size' in flink-conf.yaml.";
const MIB_SHIFT = {
    '': 0n,
    b: 0n,
    bytes: 0n,
    k: 10n,
    kb: 10n,
    kibibytes: 10n,
    m: 20n,
    mb: 20n,
    mebibytes: 20n,
    g: 30n,
    gb: 30n,
    gibibytes: 30n,
    t: 40n,
    tb: 40n,
    tebibytes: 40n,
};
/** The bash port of `MemorySize.parseBytes` in 1.10's `config.sh`, in MiB; undefined when invalid. */
function scriptMebiBytes(text) {
    const t = java_number_javaTrim(text);
    const match = /^(\d+)\s*([A-Za-z]*)$/.exec(t);
    if (!match)
        return undefined;
    const shift = MIB_SHIFT[match[2].toLowerCase()];
    if (shift === undefined)
        return undefined;
    return (BigInt(match[1]) << shift) >> 20n;
}
/**
 * What Flink 1.10 does for the JobManager (spec \u00a75.6): standalone scripts pass `-Xms/-Xmx` from
 * `FLINK_JM_HEAP` / `jobmanager.heap.size` / `jobmanager.heap.mb`; YARN and Kubernetes subtract a cut-off.
 */
function jobManager110(config, deployment, env) {
    const base = { ok: false, unsupported: true, reason: REASON };
    const size = config.get('jobmanager.heap.size');
    const mb = config.get('jobmanager.heap.mb');
    let mib;
    if (deployment === 'standalone') {
        let text = env.FLINK_JM_HEAP ?? (size === undefined ? '0' : rawText(size));
        if (java_number_javaTrim(text) === '0')
            text = mb === undefined ? '0' : `${rawText(mb)}m`;
        mib = scriptMebiBytes(text);
    }
    else {
        const container = size !== undefined
            ? scriptMebiBytes(rawText(size))
            : mb !== undefined
                ? scriptMebiBytes(`${rawText(mb)}m`)
                : 1024n;
        if (container !== undefined) {
            const reader = new options_OptionReader(config);
            let ratio;
            let min;
            try {
                ratio = reader.number(options_findOption('1.10', 'containerized.heap-cutoff-ratio'));
                min = BigInt(reader.number(options_findOption('1.10', 'containerized.heap-cutoff-min')));
            }
            catch (err) {
                if (!(err instanceof FlinkError))
                    throw err;
                return { ...base, error: err.message };
            }
            if (!(ratio >= 0 && ratio <= 1)) {
                return {
                    ...base,
                    error: `The configuration value 'containerized.heap-cutoff-ratio' must be between 0 and 1. Value given=${javaFloatToString(ratio)}`,
                };
            }
            if (min > container) {
                return {
                    ...base,
                    error: `The configuration value 'containerized.heap-cutoff-min' is higher (${min}) than the requested amount of memory ${container}`,
                };
            }
            const cutoff = BigInt(Math.floor(Math.fround(Number(container) * Math.fround(ratio))));
            mib = container - (cutoff > min ? cutoff : min);
        }
    }
    if (mib === undefined || mib < 0n)
        return { ...base, error: INVALID };
    return mib > 0n ? { ...base, jvmArgs: `-Xms${mib}m -Xmx${mib}m` } : base;
}

;// CONCATENATED MODULE: ./src/flink/jvm.ts
/** Java `String.hashCode()`. */
function javaHash(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
}
const orders = new Map();
/** Iteration order of a default `java.util.HashMap` into which `keys` were put in this order. */
function javaHashMapOrder(keys) {
    const cacheKey = keys.join('\n');
    const cached = orders.get(cacheKey);
    if (cached)
        return cached;
    let capacity = 16;
    while (keys.length > capacity * 0.75)
        capacity *= 2;
    const bucketOf = (k) => {
        const h = javaHash(k);
        return (h ^ (h >>> 16)) & (capacity - 1);
    };
    const order = keys
        .map((key, index) => ({ key, index, bucket: bucketOf(key) }))
        .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
        .map((e) => e.key);
    orders.set(cacheKey, order);
    return order;
}
/** The JVM memory flags line (spec \u00a76.1). */
function jvmArgs(heap, direct, metaspace) {
    const directFlag = direct === undefined ? '' : ` -XX:MaxDirectMemorySize=${direct}`;
    return `-Xmx${heap} -Xms${heap}${directFlag} -XX:MaxMetaspaceSize=${metaspace}`;
}
/**
 * Sets `dynamicConfigs` on a result as a property computed on first read: most callers never
 * look at it, and it is the costliest string of a derivation.
 */
function withDynamicConfigs(result, entries, trailingSpace) {
    let text;
    return Object.defineProperty(result, 'dynamicConfigs', {
        enumerable: true,
        configurable: true,
        get: () => (text ??= dynamicConfigs(entries(), trailingSpace)),
    });
}
/** The `-D key=value` line, entries in `HashMap` order (spec \u00a76.2). */
function dynamicConfigs(entries, trailingSpace) {
    const values = new Map(entries);
    const order = javaHashMapOrder(entries.map(([k]) => k));
    return trailingSpace
        ? order.map((k) => `-D ${k}=${values.get(k)} `).join('')
        : order.map((k) => `-D ${k}=${values.get(k)}`).join(' ');
}

;// CONCATENATED MODULE: ./src/flink/process-memory.ts





function processOptions(version, prefix) {
    const opt = (suffix) => options_requireOption(version, `${prefix}.memory.${suffix}`);
    return {
        process: opt('process.size'),
        flink: opt('flink.size'),
        metaspace: opt('jvm-metaspace.size'),
        overheadMin: opt('jvm-overhead.min'),
        overheadMax: opt('jvm-overhead.max'),
        overheadFraction: opt('jvm-overhead.fraction'),
    };
}
function checkedRangeFraction(min, max, fraction, fractionOption) {
    let problem;
    if (min > max)
        problem = 'min value must be less or equal to max value';
    else if (!(fraction >= 0 && fraction < 1))
        problem = 'fraction must be in range [0, 1)';
    if (problem) {
        throw ice(`Inconsistently configured ${optionToString(fractionOption)} (${javaDoubleToString(fraction)}) and its min (${memorySizeToHumanReadable(min)}), max (${memorySizeToHumanReadable(max)}) value`, iae(problem));
    }
    return { min, max, fraction, fractionOption };
}
/** Reads min, max and fraction in Flink's order and validates them. */
function rangeFraction(reader, minOption, maxOption, fractionOption) {
    const min = reader.memory(minOption);
    const max = reader.memory(maxOption);
    return checkedRangeFraction(min, max, reader.number(fractionOption), fractionOption);
}
/** Managed memory: a fraction between 0 and `MemorySize.MAX_VALUE`. */
function unboundedFraction(reader, fractionOption) {
    return checkedRangeFraction(0n, MAX_MEMORY_SIZE, reader.number(fractionOption), fractionOption);
}
function cap(bytes, range) {
    return bytes > range.max ? range.max : bytes < range.min ? range.min : bytes;
}
function deriveWithFraction(base, range) {
    return cap(multiplyBytes(base, range.fraction), range);
}
/** For a base that excludes the component: the component is then about `fraction` of base + component. */
function deriveWithInverseFraction(base, range) {
    return cap(multiplyBytes(base, range.fraction / (1 - range.fraction)), range);
}
function overheadRange(reader, options) {
    return rangeFraction(reader, options.overheadMin, options.overheadMax, options.overheadFraction);
}
/** Case C: overhead from the process size, and what is left for total Flink memory. */
function deriveFromTotalProcess(reader, options, totalProcess) {
    const metaspace = reader.memory(options.metaspace);
    const overhead = deriveWithFraction(totalProcess, overheadRange(reader, options));
    const jvm = addBytes(metaspace, overhead);
    if (jvm > totalProcess) {
        throw ice(`Sum of configured JVM Metaspace (${memorySizeToHumanReadable(metaspace)}) and JVM Overhead (${memorySizeToHumanReadable(overhead)}) exceed configured Total Process Memory (${memorySizeToHumanReadable(totalProcess)}).`);
    }
    return { metaspace, overhead, totalFlink: totalProcess - jvm };
}
/** Step 3: metaspace and overhead around a known total Flink size. */
function deriveMetaspaceAndOverhead(reader, options, version, totalFlink) {
    const metaspace = reader.memory(options.metaspace);
    const flinkAndMetaspace = addBytes(totalFlink, metaspace);
    if (!reader.contains(options.process)) {
        return {
            metaspace,
            overhead: deriveWithInverseFraction(flinkAndMetaspace, overheadRange(reader, options)),
        };
    }
    const totalProcess = reader.memory(options.process);
    if (traitsOf(version).checkProcessCoversFlink && totalProcess < flinkAndMetaspace) {
        throw ice(`The configured Total Process Memory size (${memorySizeToHumanReadable(totalProcess)}) is less than the sum of the derived Total Flink Memory size (${memorySizeToHumanReadable(totalFlink)}) and the configured or default JVM Metaspace size  (${memorySizeToHumanReadable(metaspace)}).`);
    }
    const overhead = subtractBytes(totalProcess, flinkAndMetaspace);
    const range = overheadRange(reader, options);
    if (overhead > range.max || overhead < range.min) {
        throw ice(`Derived JVM Overhead size (${memorySizeToHumanReadable(overhead)}) is not in configured JVM Overhead range [${memorySizeToHumanReadable(range.min)}, ${memorySizeToHumanReadable(range.max)}].`);
    }
    return { metaspace, overhead };
}

;// CONCATENATED MODULE: ./src/flink/jobmanager.ts






const OPTIONS = new Map();
function jmOptions(version) {
    let options = OPTIONS.get(version);
    if (!options) {
        const opt = (key) => options_requireOption(version, key);
        options = {
            ...processOptions(version, 'jobmanager'),
            heap: opt('jobmanager.memory.heap.size'),
            offHeap: opt('jobmanager.memory.off-heap.size'),
            directLimit: opt('jobmanager.memory.enable-jvm-direct-memory-limit'),
        };
        OPTIONS.set(version, options);
    }
    return options;
}
/**
 * `JobManagerProcessUtils.processSpecFromConfig` (1.11+) then the JVM flags and dynamic configs;
 * throws `FlinkError`, unprefixed.
 */
function runJobManager(config, version) {
    const r = new options_OptionReader(config);
    const o = jmOptions(version);
    let heap;
    let offHeap;
    let metaspace;
    let overhead;
    if (r.contains(o.heap)) {
        heap = r.memory(o.heap);
        offHeap = r.memory(o.offHeap);
        if (r.contains(o.flink)) {
            const totalFlink = r.memory(o.flink);
            if (r.contains(o.offHeap)) {
                if (addBytes(heap, offHeap) !== totalFlink) {
                    throw ice(`Sum of the configured JVM Heap Memory (${memorySizeToHumanReadable(heap)}) and the configured Off-heap Memory (${memorySizeToHumanReadable(offHeap)}) does not match the configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`);
                }
            }
            else {
                if (totalFlink < heap) {
                    throw ice(`The configured JVM Heap Memory (${memorySizeToHumanReadable(heap)}) exceeds the configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`);
                }
                offHeap = totalFlink - heap;
            }
        }
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, addBytes(heap, offHeap)));
    }
    else if (r.contains(o.flink)) {
        const totalFlink = r.memory(o.flink);
        ({ heap, offHeap } = fromTotalFlink(r, o, totalFlink));
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, totalFlink));
    }
    else if (r.contains(o.process)) {
        const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
        ({ metaspace, overhead } = derived);
        ({ heap, offHeap } = fromTotalFlink(r, o, derived.totalFlink));
    }
    else {
        throw ice("Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.");
    }
    const totalFlink = heap + offHeap;
    const memory = {
        jvmHeap: heap,
        offHeap,
        jvmMetaspace: metaspace,
        jvmOverhead: overhead,
        totalFlink,
        totalProcess: totalFlink + metaspace + overhead,
    };
    // The direct-memory switch is read only when the JVM flags are generated, after the derivation.
    const directMemory = r.boolean(o.directLimit) ? offHeap : undefined;
    const result = {
        ok: true,
        memory,
        jvm: {
            heap,
            ...(directMemory !== undefined && { directMemory }),
            metaspace,
            args: jvmArgs(heap, directMemory, metaspace),
        },
    };
    if (!traitsOf(version).jobManagerDynamicConfigs)
        return result;
    const b = (v) => `${v}b`;
    return withDynamicConfigs(result, () => [
        ['jobmanager.memory.heap.size', b(heap)],
        ['jobmanager.memory.off-heap.size', b(offHeap)],
        ['jobmanager.memory.jvm-metaspace.size', b(metaspace)],
        ['jobmanager.memory.jvm-overhead.min', b(overhead)],
        ['jobmanager.memory.jvm-overhead.max', b(overhead)],
    ], false);
}
function fromTotalFlink(r, o, totalFlink) {
    const offHeap = r.memory(o.offHeap);
    if (totalFlink <= offHeap) {
        throw ice(`The configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}) is less than the configured Off-heap Memory (${memorySizeToHumanReadable(offHeap)}).`);
    }
    return { heap: subtractBytes(totalFlink, offHeap), offHeap };
}
/** Plain JobManager derivation (`JobManagerProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
function deriveJobManagerPlain(config, version) {
    try {
        return runJobManager(config, version);
    }
    catch (err) {
        return flink_error_failure(err);
    }
}

;// CONCATENATED MODULE: ./src/flink/legacy-heap.ts



/** Where 1.x reads a process's legacy heap setting, and which new option it becomes (spec \u00a75.1\u20135.2). */
const LEGACY_HEAP = {
    taskmanager: {
        envVar: 'FLINK_TM_HEAP',
        sizeKey: 'taskmanager.heap.size',
        mbKey: 'taskmanager.heap.mb',
        // The standalone scripts (BashJavaUtils) read it as total Flink memory; active resource managers as the process size.
        target: {
            standalone: 'taskmanager.memory.flink.size',
            kubernetes: 'taskmanager.memory.process.size',
            yarn: 'taskmanager.memory.process.size',
        },
    },
    jobmanager: {
        envVar: 'FLINK_JM_HEAP',
        sizeKey: 'jobmanager.heap.size',
        mbKey: 'jobmanager.heap.mb',
        target: {
            standalone: 'jobmanager.memory.heap.size',
            kubernetes: 'jobmanager.memory.process.size',
            yarn: 'jobmanager.memory.process.size',
        },
    },
};
function legacyHeapTarget(process, deployment) {
    return LEGACY_HEAP[process].target[deployment];
}
/**
 * `getConfigurationWithLegacyHeapSizeMappedToNewConfigOption`: unless `target` is set, the legacy heap
 * (env variable, then the size key, then the MiB key) becomes `target`. Throws `FlinkError` unprefixed.
 */
function mapLegacyHeap(config, version, process, target, env) {
    if (config.has(target))
        return config;
    const legacy = LEGACY_HEAP[process];
    let bytes;
    const envValue = env[legacy.envVar];
    if (envValue !== undefined) {
        try {
            bytes = parseMemorySize(envValue);
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw ice(`Cannot read total process memory size from environment variable value ${envValue}.`, err);
        }
    }
    else {
        const reader = new options_OptionReader(config);
        const sizeOption = options_findOption(version, legacy.sizeKey);
        const mbOption = options_findOption(version, legacy.mbKey);
        if (sizeOption && config.has(sizeOption.key))
            bytes = reader.memory(sizeOption);
        else if (mbOption && config.has(mbOption.key)) {
            const mb = reader.number(mbOption);
            if (mb < 0)
                throw ice(`Configured total process memory size (${mb}MB) must not be less than 0.`);
            bytes = BigInt(mb) << 20n;
        }
    }
    if (bytes === undefined)
        return config;
    const mapped = new Map(config);
    mapped.set(target, `${bytes}b`);
    return mapped;
}

;// CONCATENATED MODULE: ./src/flink/taskmanager.ts







const taskmanager_OPTIONS = new Map();
function tmOptions(version) {
    let options = taskmanager_OPTIONS.get(version);
    if (!options) {
        const opt = (key) => options_requireOption(version, key);
        options = {
            ...processOptions(version, 'taskmanager'),
            frameworkHeap: opt('taskmanager.memory.framework.heap.size'),
            frameworkOffHeap: opt('taskmanager.memory.framework.off-heap.size'),
            taskHeap: opt('taskmanager.memory.task.heap.size'),
            taskOffHeap: opt('taskmanager.memory.task.off-heap.size'),
            managed: opt('taskmanager.memory.managed.size'),
            managedFraction: opt('taskmanager.memory.managed.fraction'),
            networkMin: opt('taskmanager.memory.network.min'),
            networkMax: opt('taskmanager.memory.network.max'),
            networkFraction: opt('taskmanager.memory.network.fraction'),
            segmentSize: opt('taskmanager.memory.segment-size'),
            numberOfBuffers: options_findOption(version, 'taskmanager.network.numberOfBuffers'),
            cpuCores: opt('taskmanager.cpu.cores'),
            slots: opt('taskmanager.numberOfTaskSlots'),
            externalResources: options_findOption(version, 'external-resources'),
        };
        taskmanager_OPTIONS.set(version, options);
    }
    return options;
}
/** One TaskManager derivation: the configuration, its version's options and behaviour. */
class TaskManagerDerivation {
    r;
    version;
    o;
    traits;
    constructor(r, version) {
        this.r = r;
        this.version = version;
        this.o = tmOptions(version);
        this.traits = traitsOf(version);
    }
    /** `TaskExecutorProcessUtils.processSpecFromConfig` without any legacy heap mapping; throws `FlinkError`. */
    run() {
        const { r, o } = this;
        let internal;
        let metaspace;
        let overhead;
        try {
            if (r.contains(o.taskHeap) && r.contains(o.managed)) {
                internal = this.fromFineGrained();
                ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalOf(internal)));
            }
            else if (r.contains(o.flink)) {
                const totalFlink = r.memory(o.flink);
                internal = this.fromTotalFlink(totalFlink);
                ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalFlink));
            }
            else if (r.contains(o.process)) {
                const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
                ({ metaspace, overhead } = derived);
                internal = this.fromTotalFlink(derived.totalFlink);
            }
            else {
                throw ice(this.traits.tmMissingSizesMessage);
            }
            const cpu = this.cpuCores();
            return this.result(internal, metaspace, overhead, cpu);
        }
        catch (err) {
            if (err instanceof FlinkError &&
                err.errorType === 'IllegalConfigurationException' &&
                this.traits.tmPrefix) {
                throw ice(this.traits.tmPrefix + err.message, err);
            }
            throw err;
        }
    }
    fromFineGrained() {
        const { r, o } = this;
        const taskHeap = r.memory(o.taskHeap);
        const managed = r.memory(o.managed);
        const frameworkHeap = r.memory(o.frameworkHeap);
        const frameworkOffHeap = r.memory(o.frameworkOffHeap);
        const taskOffHeap = r.memory(o.taskOffHeap);
        const parts = { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed };
        let network;
        if (r.contains(o.flink)) {
            network = this.networkRemainder(parts, r.memory(o.flink));
        }
        else {
            const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
            network = this.usingLegacyNetwork()
                ? this.legacyNetwork()
                : deriveWithInverseFraction(withoutNetwork, this.networkRange());
        }
        return { ...parts, network };
    }
    /** With task heap and total Flink both known, network is what is left, and must fit its range. */
    networkRemainder(parts, totalFlink) {
        const { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed } = parts;
        const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
        if (withoutNetwork > totalFlink) {
            throw this.sumExceedsWithTaskHeap(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, totalFlink);
        }
        const network = totalFlink - withoutNetwork;
        this.checkNetworkRemainder(network);
        return network;
    }
    fromTotalFlink(totalFlink) {
        const { r, o } = this;
        const frameworkHeap = r.memory(o.frameworkHeap);
        const frameworkOffHeap = r.memory(o.frameworkOffHeap);
        const taskOffHeap = r.memory(o.taskOffHeap);
        if (r.contains(o.taskHeap)) {
            const taskHeap = r.memory(o.taskHeap);
            const parts = {
                frameworkHeap,
                frameworkOffHeap,
                taskHeap,
                taskOffHeap,
                managed: this.managed(totalFlink),
            };
            return { ...parts, network: this.networkRemainder(parts, totalFlink) };
        }
        const managed = this.managed(totalFlink);
        const network = this.usingLegacyNetwork()
            ? this.legacyNetwork()
            : deriveWithFraction(totalFlink, this.networkRange());
        const withoutTaskHeap = sum(frameworkHeap, frameworkOffHeap, taskOffHeap, managed, network);
        if (withoutTaskHeap > totalFlink) {
            throw ice(`Sum of configured Framework Heap Memory (${memorySizeToHumanReadable(frameworkHeap)}), Framework Off-Heap Memory (${memorySizeToHumanReadable(frameworkOffHeap)}), Task Off-Heap Memory (${memorySizeToHumanReadable(taskOffHeap)}), Managed Memory (${memorySizeToHumanReadable(managed)}) and Network Memory (${memorySizeToHumanReadable(network)}) exceed configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}).`);
        }
        return {
            frameworkHeap,
            frameworkOffHeap,
            taskHeap: totalFlink - withoutTaskHeap,
            taskOffHeap,
            network,
            managed,
        };
    }
    sumExceedsWithTaskHeap(fh, foh, th, toh, man, flink) {
        return ice(`Sum of configured Framework Heap Memory (${memorySizeToHumanReadable(fh)}), Framework Off-Heap Memory (${memorySizeToHumanReadable(foh)}), Task Heap Memory (${memorySizeToHumanReadable(th)}), Task Off-Heap Memory (${memorySizeToHumanReadable(toh)}) and Managed Memory (${memorySizeToHumanReadable(man)}) exceed configured Total Flink Memory (${memorySizeToHumanReadable(flink)}).`);
    }
    managed(totalFlink) {
        const { r, o } = this;
        return r.contains(o.managed)
            ? r.memory(o.managed)
            : deriveWithFraction(totalFlink, unboundedFraction(r, o.managedFraction));
    }
    networkRange() {
        const { r, o } = this;
        return rangeFraction(r, o.networkMin, o.networkMax, o.networkFraction);
    }
    usingLegacyNetwork() {
        const { r, o } = this;
        return (this.traits.legacyNetworkBuffers &&
            o.numberOfBuffers !== undefined &&
            !r.contains(o.networkMax) &&
            !r.contains(o.networkMin) &&
            !r.contains(o.networkFraction) &&
            r.contains(o.numberOfBuffers));
    }
    /** `numberOfBuffers \u00d7 segment-size`, the 1.x network size when only the buffer count is set. */
    legacyNetwork() {
        const { r, o } = this;
        const buffers = BigInt(r.number(o.numberOfBuffers));
        const pageSize = r.get(o.segmentSize);
        if (pageSize > 2147483647n)
            throw iae(`Cannot downcast long value ${pageSize} to integer.`);
        const invalid = (why) => ice(`Invalid configuration value for taskmanager.memory.segment-size : ${pageSize} - ${why}`);
        if (pageSize < 4096n)
            throw invalid('Minimum memory segment size is 4096');
        if ((pageSize & (pageSize - 1n)) !== 0n)
            throw invalid('Memory segment size must be a power of 2.');
        const bytes = buffers * pageSize;
        if (bytes < 0n)
            throw iae('bytes must be >= 0');
        return bytes;
    }
    /** Network is what is left of total Flink memory: it must still fit its configuration. */
    checkNetworkRemainder(network) {
        try {
            if (this.usingLegacyNetwork()) {
                const configured = this.legacyNetwork();
                if (configured !== network) {
                    throw ice(`Derived Network Memory size (${memorySizeToHumanReadable(network)}) does not match configured Network Memory size (${memorySizeToHumanReadable(configured)}).`);
                }
                return;
            }
            const range = this.networkRange();
            if (network > range.max || network < range.min) {
                throw ice(`Derived Network Memory size (${memorySizeToHumanReadable(network)}) is not in configured Network Memory range [${memorySizeToHumanReadable(range.min)}, ${memorySizeToHumanReadable(range.max)}].`);
            }
        }
        catch (err) {
            if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
                throw ice('If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.', err);
            }
            throw err;
        }
    }
    cpuCores() {
        const { r, o } = this;
        const cpu = r.contains(o.cpuCores) ? r.number(o.cpuCores) : r.number(o.slots);
        if (cpu <= 0) {
            throw ice('TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.');
        }
        if (!Number.isFinite(cpu)) {
            // `new CPUResource(cpu)` goes through BigDecimal, which has no NaN or infinity.
            throw new FlinkError('NumberFormatException', `Character ${javaDoubleToString(cpu)[0]} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`);
        }
        return cpu;
    }
    result(internal, metaspace, overhead, cpu) {
        const { traits } = this;
        const memory = {
            ...internal,
            jvmMetaspace: metaspace,
            jvmOverhead: overhead,
            totalFlink: totalOf(internal),
            totalProcess: 0n,
        };
        memory.totalProcess = memory.totalFlink + metaspace + overhead;
        const heap = internal.frameworkHeap + internal.taskHeap;
        const direct = internal.frameworkOffHeap + internal.taskOffHeap + internal.network;
        // Slots and external resources are read (and may fail) as part of the spec, so eagerly.
        const slots = traits.slotsAndExternalResources ? this.r.number(this.o.slots) : undefined;
        const externalResources = traits.slotsAndExternalResources ? this.externalResources() : [];
        const result = {
            ok: true,
            memory,
            jvm: { heap, directMemory: direct, metaspace, args: jvmArgs(heap, direct, metaspace) },
            cpuCores: cpu,
            ...(slots !== undefined && {
                numSlots: slots,
                externalResources: Object.fromEntries(externalResources),
            }),
        };
        const entries = () => {
            const b = (v) => `${v}b`;
            const list = [
                ['taskmanager.cpu.cores', javaDoubleToString(cpu)],
                ['taskmanager.memory.framework.heap.size', b(internal.frameworkHeap)],
                ['taskmanager.memory.framework.off-heap.size', b(internal.frameworkOffHeap)],
                ['taskmanager.memory.task.heap.size', b(internal.taskHeap)],
                ['taskmanager.memory.task.off-heap.size', b(internal.taskOffHeap)],
                ['taskmanager.memory.network.min', b(internal.network)],
                ['taskmanager.memory.network.max', b(internal.network)],
                ['taskmanager.memory.managed.size', b(internal.managed)],
            ];
            if (traits.dynamicMetaspaceAndOverhead) {
                list.push(['taskmanager.memory.jvm-metaspace.size', b(metaspace)], ['taskmanager.memory.jvm-overhead.min', b(overhead)], ['taskmanager.memory.jvm-overhead.max', b(overhead)]);
            }
            if (slots !== undefined) {
                const names = externalResources.map(([name]) => (traits.quoteExternalResources ? `"${name}"` : name));
                list.push(['taskmanager.numberOfTaskSlots', String(slots)], ['external-resources', names.length === 0 ? 'none' : names.join(';')], ...externalResources.map(([name, amount]) => [
                    `external-resource.${name}.amount`,
                    String(amount),
                ]));
            }
            return list;
        };
        return withDynamicConfigs(result, entries, traits.dynamicTrailingSpace);
    }
    /** Names from `external-resources` with a positive `external-resource.<name>.amount`, in HashMap order. */
    externalResources() {
        const option = this.o.externalResources;
        if (!option)
            return [];
        const raw = this.r.get(option);
        const names = raw === undefined ? [] : parseList(raw);
        if (names.length === 1 && names[0] === 'none')
            return [];
        const unique = javaHashMapOrder([...new Set(names)]);
        const result = [];
        for (const name of unique) {
            const amountKey = `external-resource.${name}.amount`;
            const amountRaw = this.r.config.get(amountKey);
            if (amountRaw === undefined)
                continue;
            const amount = parseLongOption(amountRaw, amountKey);
            if (amount > 0n)
                result.push([name, amount]);
        }
        return javaHashMapOrder(result.map(([n]) => n)).map((n) => result.find(([m]) => m === n));
    }
}
function parseLongOption(raw, key) {
    const text = typeof raw === 'string' ? raw : String(raw);
    if (typeof raw === 'bigint')
        return raw;
    if (!/^[+-]?\d+$/.test(text)) {
        throw iae(`Could not parse value '${text}' for key '${key}'.`);
    }
    return BigInt(text);
}
/** Flink's list syntax: `;`-separated (flow-style `[a, b]` from config.yaml too). */
function parseList(raw) {
    const text = raw.trim();
    const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1).split(',') : text.split(';');
    return inner.map((s) => s.trim().replace(/^(['"])(.*)\1$/, '$2')).filter((s) => s.length > 0);
}
function sum(...values) {
    let total = 0n;
    for (const v of values)
        total = addBytes(total, v);
    return total;
}
function totalOf(m) {
    return sum(m.frameworkHeap, m.frameworkOffHeap, m.taskHeap, m.taskOffHeap, m.network, m.managed);
}
/** Plain TaskManager derivation (`TaskExecutorProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
function deriveTaskManagerPlain(config, version) {
    try {
        return new TaskManagerDerivation(new options_OptionReader(config), version).run();
    }
    catch (err) {
        return flink_error_failure(err);
    }
}

;// CONCATENATED MODULE: ./src/flink/derive.ts






/** The TaskManager as Flink's start-up for that deployment derives it (legacy heap mapping on 1.x). */
function derive_deriveTaskManager(config, options) {
    const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
    const traits = traitsOf(version);
    let effective = config;
    if (traits.legacyHeap) {
        try {
            effective = mapLegacyHeap(config, version, 'taskmanager', legacyHeapTarget('taskmanager', deployment), env);
        }
        catch (err) {
            if (err instanceof FlinkError &&
                err.errorType === 'IllegalConfigurationException' &&
                traits.tmLegacyMapPrefix) {
                return flink_error_failure(ice(traits.tmLegacyMapPrefix + err.message, err));
            }
            return flink_error_failure(err);
        }
    }
    return deriveTaskManagerPlain(effective, version);
}
/** The JobManager as Flink's start-up for that deployment derives it; 1.10 had no memory model. */
function deriveJobManager(config, options) {
    const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
    const traits = traitsOf(version);
    if (!traits.jobManagerModel)
        return jobManager110(config, deployment, env);
    if (!traits.legacyHeap)
        return deriveJobManagerPlain(config, version);
    // Every 1.x entry point maps the legacy heap and prefixes whatever configuration error follows.
    try {
        const mapped = mapLegacyHeap(config, version, 'jobmanager', legacyHeapTarget('jobmanager', deployment), env);
        return runJobManager(mapped, version);
    }
    catch (err) {
        return prefixed(err, traits.jmPrefix);
    }
}
function prefixed(err, prefix) {
    if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
        return flink_error_failure(ice(prefix + err.message, err));
    }
    return flink_error_failure(err);
}
/** Both processes of one configuration; never throws for any configuration. */
function derive(config, options) {
    return {
        flinkVersion: options.flinkVersion,
        taskmanager: derive_deriveTaskManager(config, options),
        jobmanager: deriveJobManager(config, options),
    };
}

;// CONCATENATED MODULE: ./src/flink/legacy-keys.ts



const LEGACY_KEYS = [
    { key: 'taskmanager.heap.size', heap: { process: 'taskmanager', unit: 'size' } },
    { key: 'taskmanager.heap.mb', heap: { process: 'taskmanager', unit: 'mb' } },
    { key: 'jobmanager.heap.size', heap: { process: 'jobmanager', unit: 'size' } },
    { key: 'jobmanager.heap.mb', heap: { process: 'jobmanager', unit: 'mb' } },
    // Up to 1.4 a Long with default -1 ("-1 or > 0", else a fraction of the heap: TaskManagerServices);
    // 1.5-1.9 a String with default "0", compared as text (`equals(defaultValue())`,
    // ConfigurationParserUtils.getManagedMemorySize), which refuses -1. 1.10 made it the deprecated
    // key of taskmanager.memory.managed.size, a MemorySize: -1 is refused; 0 is no managed memory,
    // which today's heap backends want, so 0 keeps its successor.
    {
        key: 'taskmanager.memory.size',
        unset: { '-1': 'up to Flink 1.4, -1 meant "not set" (a fraction of the heap)' },
    },
    { key: 'taskmanager.network.memory.min' },
    { key: 'taskmanager.network.memory.max' },
    { key: 'taskmanager.network.memory.fraction' },
    { key: 'taskmanager.memory.fraction', ignoredFrom: '1.10' },
    { key: 'taskmanager.memory.off-heap', ignoredFrom: '1.10' },
    { key: 'taskmanager.memory.preallocate', ignoredFrom: '1.10' },
    // Read by the 1.10 scripts for a JobManager in a container (spec \u00a75.6), by nothing after.
    { key: 'containerized.heap-cutoff-ratio', ignoredFrom: '1.11' },
    { key: 'containerized.heap-cutoff-min', ignoredFrom: '1.11' },
    { key: 'yarn.heap-cutoff-ratio', ignoredFrom: '1.11' },
    { key: 'yarn.heap-cutoff-min', ignoredFrom: '1.11' },
    // The 1.x network stack's options that 2.0 removed (FLINK-33750 and the 2.0 release notes).
    { key: 'taskmanager.network.numberOfBuffers', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.buffers-per-channel', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.floating-buffers-per-gate', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.max-buffers-per-channel', removedIn: '2.0' },
];
const ROWS = new Map(LEGACY_KEYS.map((row) => [row.key, row]));
/** The option a deprecated key is a fallback of, in a version. */
function fallbackOwner(version, key) {
    for (const option of optionRegistry(version).values())
        if (option.fallbackKeys.some((f) => f.key === key))
            return option.key;
    return undefined;
}
/**
 * How `version` reads `key` for this deployment mode, given the configuration it sits in (a newer
 * key or the heap environment variable can shadow it); undefined for keys that are not legacy.
 */
function legacyKeyReading(key, value, version, deployment, config, env = {}) {
    const row = ROWS.get(key);
    if (!row)
        return undefined;
    if (row.heap)
        return heapReading(row, row.heap, value, version, deployment, config, env);
    const owner = fallbackOwner(version, key);
    if (owner) {
        if (config.has(owner))
            return { reading: 'ignored', because: `${owner} is set` };
        const unset = row.unset?.[value.trim()];
        return unset
            ? { reading: 'read-as', readAs: owner, unset }
            : { reading: 'read-as', readAs: owner, successor: { key: owner, value } };
    }
    if (row.removedIn && versions_atLeast(version, row.removedIn))
        return { reading: 'removed' };
    if (row.ignoredFrom && versions_atLeast(version, row.ignoredFrom))
        return { reading: 'ignored', because: `Flink ${row.ignoredFrom} dropped it` };
    return { reading: 'read' };
}
const HEAP_ENV = { taskmanager: 'FLINK_TM_HEAP', jobmanager: 'FLINK_JM_HEAP' };
function heapReading(row, heap, value, version, deployment, config, env) {
    const target = legacyHeapTarget(heap.process, deployment);
    const successor = { key: target, value: heap.unit === 'mb' ? `${value}m` : value };
    const traits = traitsOf(version);
    if (!traits.legacyHeap)
        return { reading: 'removed', successor };
    // The 1.10 JobManager has no memory model: its scripts size the JVM heap from this key itself.
    if (heap.process === 'jobmanager' && !traits.jobManagerModel)
        return { reading: 'read' };
    // `mapLegacyHeap`: the new option wins, then the environment variable, then `.size` over `.mb`.
    if (config.has(target))
        return { reading: 'ignored', because: `${target} is set` };
    if (env[HEAP_ENV[heap.process]] !== undefined)
        return { reading: 'ignored', because: `${HEAP_ENV[heap.process]} is set` };
    const sizeKey = `${heap.process}.heap.size`;
    if (row.key !== sizeKey && config.has(sizeKey))
        return { reading: 'ignored', because: `${sizeKey} is set` };
    return { reading: 'read-as', readAs: target, successor };
}
/** Keys that size a process in a version: a config that sets none of them is a fragment. */
function processSizeKeys(process, version) {
    const keys = [`${process}.memory.process.size`, `${process}.memory.flink.size`];
    keys.push(process === 'taskmanager' ? 'taskmanager.memory.task.heap.size' : 'jobmanager.memory.heap.size');
    // The legacy heap keys size a process only while Flink maps them (1.x).
    if (traitsOf(version).legacyHeap)
        keys.push(`${process}.heap.size`, `${process}.heap.mb`);
    return keys;
}
/** Keys that size a process only in the memory model before 1.10 (mem_migration.md, "Migrate Task Manager Memory Configuration"). */
const PRE_MODEL_SIZE_KEYS = new Set(['taskmanager.heap.mb', 'taskmanager.heap.size', 'jobmanager.heap.mb']);
/** A key of the memory model 1.10 brought in: `taskmanager.memory.*`/`jobmanager.memory.*`, not an old one of the same prefix. */
const isModelKey = (key) => /^(?:taskmanager|jobmanager)\.memory\./.test(key) && !LEGACY_KEYS.some((row) => row.key === key);
/**
 * The keys that show a configuration written for the memory model before Flink 1.10, in the order
 * given: its old heap keys, where it has no key of the newer model. Empty otherwise.
 */
function preMemoryModelKeys(keys) {
    if (keys.some(isModelKey))
        return [];
    return keys.filter((key) => PRE_MODEL_SIZE_KEYS.has(key));
}

;// CONCATENATED MODULE: ./src/flink/memory-keys.ts
/** Keys that size a Flink process's memory, current and legacy (spec \u00a71.1\u20131.2). */
const MEMORY_KEY = /^(?:taskmanager|jobmanager)\.(?:memory\.|heap\.(?:size|mb)$|network\.memory\.|network\.numberOfBuffers$)|^containerized\.heap-cutoff-/;
function isMemoryKey(key) {
    return MEMORY_KEY.test(key);
}

;// CONCATENATED MODULE: ./src/flink/images.ts

/**
 * Memory settings of the configuration file the official images ship (the distribution's default
 * `flink-conf.yaml` / `config.yaml`), which `FLINK_PROPERTIES` lines are appended to.
 */
const IMAGE_DEFAULT_CONF = [
    ['1.10', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1568m' }],
    // The shipped file grew by the metaspace that 1.10.1 added (FLINK-16406, apache/flink#11300).
    ['1.10.1', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1728m' }],
    ['1.11', { 'jobmanager.memory.process.size': '1600m', 'taskmanager.memory.process.size': '1728m' }],
];
function imageDefaultConf(version) {
    return sinceRow(IMAGE_DEFAULT_CONF, version) ?? {};
}
/** Flink's images preload jemalloc from 1.12 on (FLINK-19125) unless `DISABLE_JEMALLOC` is true. */
function imageAllocator(version) {
    return versions_atLeast(version, '1.12') ? 'jemalloc' : 'glibc';
}
/** The option that, set to true, makes the image's entrypoint skip jemalloc for the TaskManager. */
const DISABLE_JEMALLOC_KEY = 'containerized.taskmanager.env.DISABLE_JEMALLOC';

;// CONCATENATED MODULE: ./src/flink/flink-image.ts
/**
 * Which image references are Flink's own images (or images built on them under Flink's name), and
 * the Flink version their tag names. Only these count as version evidence: an application image
 * (`flink-app:1.0`), the Kubernetes operator (`flink-kubernetes-operator:1.9`) or Stateful
 * Functions (`flink-statefun:3.3`) carry versions of something else.
 *
 * Image reference grammar: distribution/reference (reference.go): `[registry[:port]/]path[:tag][@digest]`.
 */
/**
 * Repositories that publish Flink itself, by path (registry host removed). Official image
 * (docker-library/official-images library/flink), apache/flink (the Apache images, apache/flink-docker),
 * ghcr.io/apache/flink-docker (snapshot builds), bitnami/flink, Ververica Platform's
 * `registry.ververica.com/v2.x/flink` and `ververica/flink*`, Confluent Platform for Apache Flink
 * (`confluentinc/cp-flink`). Any `<namespace>/flink` is a Flink image rebuilt under its own name.
 */
const FLINK_REPOSITORIES = [
    /^(?:.+\/)?flink$/,
    /^apache\/flink-docker$/,
    /^ververica\/flink[a-z0-9._-]*$/,
    /^confluentinc\/cp-flink$/,
];
/** Flink's other projects, whose versions are not Flink's. */
const NOT_FLINK = /operator|statefun|agents|cdc/;
/** A tag naming a Flink release: `1.18`, `1.18.1`, `1.18.1-scala_2.12-java11`, `2.0.0-java17`, `1.17.2-stream1-\u2026`. */
const FLINK_TAG = /^v?(\d+\.\d+(?:\.\d+)?)(?![\d.])(?:[-_].*)?$/;
/** A registry host: the first path component when it has a dot or a port, or is `localhost`. */
function withoutRegistry(path) {
    const slash = path.indexOf('/');
    if (slash < 0)
        return path;
    const first = path.slice(0, slash);
    return /[.:]/.test(first) || first === 'localhost' ? path.slice(slash + 1) : path;
}
/** The Flink image an image reference names, or undefined for any other image or a reference without a tag. */
function flinkImage(reference) {
    const text = reference.trim().replace(/^["']|["']$/g, '');
    const at = text.indexOf('@');
    const ref = at >= 0 ? text.slice(0, at) : text;
    const colon = ref.lastIndexOf(':');
    if (colon < 0 || ref.lastIndexOf('/') > colon)
        return undefined;
    const repository = withoutRegistry(ref.slice(0, colon)).toLowerCase();
    const tag = ref.slice(colon + 1);
    if (!isFlinkRepository(repository))
        return undefined;
    const version = FLINK_TAG.exec(tag)?.[1];
    return version ? { repository, tag, version } : undefined;
}
function isFlinkRepository(repository) {
    return !NOT_FLINK.test(repository) && FLINK_REPOSITORIES.some((r) => r.test(repository));
}
/**
 * Whether a reference names a Flink image without saying which (no tag, or an empty one): in a Helm
 * chart, the tag its templates then take is by convention the chart's `appVersion`.
 */
function untaggedFlinkImage(reference) {
    const text = reference.trim().replace(/^["']|["']$/g, '');
    if (text.includes('@'))
        return false;
    const colon = text.lastIndexOf(':');
    const tagged = colon > text.lastIndexOf('/');
    if (tagged && colon < text.length - 1)
        return false;
    return isFlinkRepository(withoutRegistry(tagged ? text.slice(0, colon) : text).toLowerCase());
}
/** The Flink version an image reference names, where it is a Flink image. */
function flinkImageVersion(reference) {
    return flinkImage(reference)?.version;
}
/**
 * The reference with the Flink version of its tag moved to `version`, the rest of the tag kept
 * (`flink:1.17.2-scala_2.12-java11` \u2192 `flink:2.0.0-scala_2.12-java11`): a tag that names a patch
 * release gets the target's first one. Undefined for other images and for a reference pinned by
 * digest (a digest names one build: no tag edit can move it).
 */
function retagFlinkImage(reference, version) {
    const image = flinkImage(reference);
    if (!image || reference.includes('@'))
        return undefined;
    const patch = /^\d+\.\d+\.\d+$/.test(image.version);
    const target = patch && /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
    const colon = reference.lastIndexOf(':');
    const tag = reference.slice(colon + 1);
    const at = tag.indexOf(image.version);
    if (colon < 0 || at < 0)
        return undefined;
    return `${reference.slice(0, colon + 1)}${tag.slice(0, at)}${target}${tag.slice(at + image.version.length)}`;
}
/** The Kubernetes operator's `spec.flinkVersion` for a version (`FlinkVersion` enum: `v1_17`, `v2_0`). */
function operatorFlinkVersion(version) {
    const [major, minor] = version.split('.');
    return `v${major}_${minor}`;
}

;// CONCATENATED MODULE: ./src/flink/config-files.ts


const FLINK_CONF_READING = [
    ['1.10', 'read'],
    ['1.19', 'deprecated'],
    ['2.0', 'ignored'],
];
function flinkConfReading(version) {
    return sinceRow(FLINK_CONF_READING, version) ?? 'read';
}
/** The file a version's distribution ships its configuration in. */
function defaultConfigFile(version) {
    return atLeast(version, '2.0') ? 'config-yaml' : 'flink-conf';
}
/** What the file format alone says about the version that reads it, where nothing else says. */
const FORMAT_IMPLIED = {
    'flink-conf': { version: '1.20', reason: 'format: flink-conf.yaml is read only up to 1.20' },
    'config-yaml': {
        version: model/* NEWEST_FLINK_VERSION */.Xv,
        reason: `format: config.yaml, newest supported (${model/* NEWEST_FLINK_VERSION */.Xv})`,
    },
    none: {
        version: model/* NEWEST_FLINK_VERSION */.Xv,
        reason: `no version given: newest supported (${model/* NEWEST_FLINK_VERSION */.Xv})`,
    },
};
/**
 * Top-level namespaces of Flink's own options (the first segment of the keys in Flink's
 * configuration reference), and of the file systems' options Flink forwards: a `config.yaml` made
 * of these is Flink's.
 */
const OPTION_NAMESPACES = new Set([
    'akka',
    'azure',
    'blob',
    'checkpointing',
    'classloader',
    'client',
    'cluster',
    'containerized',
    'env',
    'execution',
    'external-resource',
    'external-resources',
    'fs',
    'gs',
    'hadoop',
    'heartbeat',
    'high-availability',
    'historyserver',
    'io',
    'jobmanager',
    'jobstore',
    'kubernetes',
    'local',
    'metrics',
    'oss',
    'parallelism',
    'pekko',
    'pipeline',
    'plugin',
    'presto',
    'process',
    'python',
    'query',
    'resourcemanager',
    'rest',
    'restart-strategy',
    'rocksdb',
    's3',
    's3a',
    'scheduler-mode',
    'security',
    'slot',
    'slotmanager',
    'sql-gateway',
    'state',
    'table',
    'task',
    'taskmanager',
    'web',
    'yarn',
    'zookeeper',
]);
function isOptionNamespace(segment) {
    return OPTION_NAMESPACES.has(segment);
}

;// CONCATENATED MODULE: ./src/flink/state-backend.ts

/** The keys Flink reads the state backend from, first wins, and its default (spec \u00a710.1). */
const BACKEND_OPTION = [
    ['1.10', { keys: ['state.backend'], default: 'jobmanager' }],
    ['1.13', { keys: ['state.backend'], default: 'hashmap' }],
    ['1.17', { keys: ['state.backend.type', 'state.backend'], default: 'hashmap' }],
];
const row = (version) => sinceRow(BACKEND_OPTION, version) ?? BACKEND_OPTION[0][1];
function stateBackendKeys(version) {
    return row(version).keys;
}
function defaultStateBackend(version) {
    return row(version).default;
}
const SHORTCUTS = ['hashmap', 'rocksdb', 'forst', 'jobmanager', 'filesystem'];
const CLASSES = [
    [/RocksDB/i, 'rocksdb'],
    [/ForSt/i, 'forst'],
    [/HashMap/i, 'hashmap'],
    [/MemoryStateBackend/, 'jobmanager'],
    [/FsStateBackend/, 'filesystem'],
];
/**
 * How a version reads the old backends, by shortcut name and by class: 1.13\u20131.20 load them as the
 * HashMap backend where they were file-system backed; 2.x knows neither old shortcut and tries it
 * as a class name (spec \u00a710.1).
 */
const SHORTCUT_READING = [
    ['1.10', {}],
    ['1.13', { filesystem: 'hashmap' }],
    ['2.0', { jobmanager: 'custom', filesystem: 'custom' }],
];
const CLASS_READING = [
    ['1.10', {}],
    ['1.13', { filesystem: 'hashmap' }],
    ['2.0', {}],
];
/**
 * The backend a written value selects: `hashmap`, `rocksdb`, `forst`, `jobmanager`, `filesystem`,
 * or `custom` for a factory class Flink does not ship.
 */
function stateBackendName(value, version) {
    const lower = value.toLowerCase();
    const shortcut = SHORTCUTS.includes(lower);
    const name = shortcut ? lower : (CLASSES.find(([re]) => re.test(value))?.[1] ?? 'custom');
    return sinceRow(shortcut ? SHORTCUT_READING : CLASS_READING, version)?.[name] ?? name;
}
/** Backends that keep their state in native memory Flink budgets as managed memory. */
function usesManagedMemory(backend) {
    return backend === 'rocksdb' || backend === 'forst';
}
/** The prefix of a native backend's memory options (`state.backend.rocksdb.memory.managed`...). */
function backendMemoryPrefix(backend) {
    return backend === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
}
/**
 * The name to write for a backend the sizing command is asked for, per version (spec \u00a710.1): the
 * heap backend is `filesystem` before 1.13 (FsStateBackend), `hashmap` from 1.13; ForSt ships from
 * 2.0. Undefined where the version has no such backend.
 */
const BACKEND_NAMES = [
    ['1.10', { hashmap: 'filesystem', rocksdb: 'rocksdb' }],
    ['1.13', { hashmap: 'hashmap', rocksdb: 'rocksdb' }],
    ['2.0', { hashmap: 'hashmap', rocksdb: 'rocksdb', forst: 'forst' }],
];
function stateBackendSetting(backend, version) {
    return sinceRow(BACKEND_NAMES, version)?.[backend];
}

;// CONCATENATED MODULE: ./src/flink/managed-consumers.ts


/** `taskmanager.memory.managed.consumer-weights` (1.12+): how managed memory is shared out. */
const CONSUMER_WEIGHTS_KEY = 'taskmanager.memory.managed.consumer-weights';
/** The option's default in a version (spec \u00a710.3); undefined before 1.12, which has no such option. */
function defaultConsumerWeights(version) {
    return options_findOption(version, CONSUMER_WEIGHTS_KEY)?.defaultText;
}
/** The weight each consumer has by default, for those an explicit list leaves out (spec \u00a710.3). */
const CONSUMER_DEFAULT_WEIGHT = {
    OPERATOR: 70,
    STATE_BACKEND: 70,
    PYTHON: 30,
};
/** 1.x still reads the 1.12 name `DATAPROC` as the weight of both operators and state backends. */
function readsDataprocWeight(version) {
    return !versions_atLeast(version, '2.0');
}

;// CONCATENATED MODULE: ./src/flink/runtime-mode.ts

/** `execution.runtime-mode` (FLIP-134, `ExecutionOptions.RUNTIME_MODE`, 1.12+): `STREAMING` by default. */
const RUNTIME_MODE_OPTION = [
    ['1.12', { key: 'execution.runtime-mode', default: 'STREAMING' }],
];
/** The key a version reads the runtime mode from, undefined before 1.12 (DataSet jobs were batch). */
function runtimeModeOption(version) {
    return sinceRow(RUNTIME_MODE_OPTION, version);
}
/** `RuntimeExecutionMode`'s values: `AUTOMATIC` runs a job in BATCH mode when all its sources are bounded. */
const RUNTIME_MODES = ['STREAMING', 'BATCH', 'AUTOMATIC'];
/**
 * The runtime mode program arguments choose: a dynamic property (`-Dexecution.runtime-mode=BATCH`,
 * `-D execution.runtime-mode=BATCH`), the `--execution-mode` of Flink's own examples
 * (flink-examples-streaming `wordcount/util/CLI.java`), or a Beam pipeline on the FlinkRunner, which
 * runs in batch mode unless `--streaming` is set or a source is unbounded (Beam's
 * `FlinkPipelineOptions`): AUTOMATIC in Flink's terms.
 */
function runtimeModeOfArgs(args) {
    const words = args.flatMap((arg) => arg.split(/\s+/)).filter((w) => w !== '');
    const mode = (text) => {
        const upper = text
            .trim()
            .replace(/^["']|["']$/g, '')
            .toUpperCase();
        return RUNTIME_MODES.includes(upper) ? upper : undefined;
    };
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const property = /^-D(?:execution\.runtime-mode=(.*))?$/.exec(word);
        if (property) {
            const value = property[1] ?? /^execution\.runtime-mode=(.*)$/.exec(words[i + 1] ?? '')?.[1];
            const found = value === undefined ? undefined : mode(value);
            if (found)
                return { mode: found, written: property[1] ? word : `${word} ${words[i + 1]}` };
            continue;
        }
        const example = /^--?execution-mode(?:=(.*))?$/.exec(word);
        if (example) {
            const value = example[1] ?? words[i + 1];
            const found = value === undefined ? undefined : mode(value);
            if (found)
                return { mode: found, written: example[1] !== undefined ? word : `${word} ${value}` };
        }
    }
    const runner = words.find((w, i) => /^--runner=(.*FlinkRunner)$/.test(w) || (w === '--runner' && /FlinkRunner$/.test(words[i + 1] ?? '')));
    if (runner) {
        const streaming = words.find((w) => /^--streaming(=true)?$/i.test(w));
        return streaming
            ? { mode: 'STREAMING', written: streaming }
            : { mode: 'AUTOMATIC', written: runner === '--runner' ? '--runner FlinkRunner' : runner };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/java-opts.ts

/**
 * Where Flink's scripts take a process's extra JVM options from (spec \u00a78.4), with the version that
 * first reads each key: these keys all land after Flink's own memory flags on the command line
 * (`FLINK_ENV_JAVA_OPTS` in `flink-daemon.sh`, `%jvmopts%` after `%jvmmem%` in the container start
 * command), so a memory flag in them wins. The administrator options `env.java.default-opts.*` came
 * with FLINK-33221 (apache/flink#24098) in 1.19.
 */
const JAVA_OPTS_KEY_ROWS = {
    taskmanager: [
        ['env.java.opts', '1.10'],
        ['env.java.opts.all', '1.10'],
        ['env.java.default-opts.all', '1.19'],
        ['env.java.opts.taskmanager', '1.10'],
        ['env.java.default-opts.taskmanager', '1.19'],
    ],
    jobmanager: [
        ['env.java.opts', '1.10'],
        ['env.java.opts.all', '1.10'],
        ['env.java.default-opts.all', '1.19'],
        ['env.java.opts.jobmanager', '1.10'],
        ['env.java.default-opts.jobmanager', '1.19'],
    ],
};
/** The keys a version's start scripts read a process's extra JVM options from. */
function javaOptsKeys(process, version) {
    return JAVA_OPTS_KEY_ROWS[process].filter(([, since]) => versions_atLeast(version, since)).map(([key]) => key);
}
/** Environment variables with JVM options: `FLINK_ENV_JAVA_OPTS` comes after Flink's flags, the others before. */
const JAVA_OPTS_ENV = {
    FLINK_ENV_JAVA_OPTS: true,
    JVM_ARGS: false,
    JAVA_TOOL_OPTIONS: false,
    JAVA_OPTS: false,
};
/** The JVM limit each memory flag sets, as Flink computes it. */
const JVM_LIMIT_OF_FLAG = {
    '-Xmx': 'heap',
    '-Xms': 'heap',
    '-XX:MaxDirectMemorySize': 'directMemory',
    '-XX:MaxMetaspaceSize': 'metaspace',
};
const JVM_UNITS = { '': 0n, k: 10n, m: 20n, g: 30n, t: 40n };
/** The bytes of a JVM size argument (`2g`, `512M`, `1073741824`): digits and an optional k/m/g/t. */
function jvmSizeBytes(text) {
    const m = /^(\d+)([kmgt]?)$/i.exec(text.trim());
    return m ? BigInt(m[1]) << JVM_UNITS[m[2].toLowerCase()] : undefined;
}

;// CONCATENATED MODULE: ./src/flink/network-buffer-options.ts





const NETWORK_BUFFER_OPTIONS = {
    buffersPerChannel: {
        key: 'taskmanager.network.memory.buffers-per-channel',
        defaults: [['1.10', '2']],
        since: '1.10',
        removedIn: '2.0',
        hardCoded: 2,
        minimum: { since: '1.17', value: 0, message: 'Must be non-negative.' },
    },
    floatingBuffersPerGate: {
        key: 'taskmanager.network.memory.floating-buffers-per-gate',
        defaults: [['1.10', '8']],
        since: '1.10',
        removedIn: '2.0',
        hardCoded: 8,
        minimum: {
            since: '1.17',
            value: 1,
            message: 'The configured floating buffer should be at least 1, please increase the value of taskmanager.network.memory.floating-buffers-per-gate.',
        },
    },
    maxBuffersPerChannel: {
        key: 'taskmanager.network.memory.max-buffers-per-channel',
        defaults: [['1.11', '10']],
        since: '1.11',
        removedIn: '2.0',
        hardCoded: 10,
    },
    maxOverdraftBuffersPerGate: {
        key: 'taskmanager.network.memory.max-overdraft-buffers-per-gate',
        defaults: [['1.16', '5']],
        since: '1.16',
        removedIn: '2.0',
        hardCoded: 20,
    },
    maxRequiredBuffersPerGate: {
        key: 'taskmanager.network.memory.read-buffer.required-per-gate.max',
        defaults: [['1.17', undefined]],
        since: '1.17',
        minimum: {
            since: '1.17',
            value: 1,
            message: 'At least one buffer is required for each gate, please increase the value of taskmanager.network.memory.read-buffer.required-per-gate.max.',
        },
    },
    sortShuffleMinParallelism: {
        key: 'taskmanager.network.sort-shuffle.min-parallelism',
        defaults: [
            ['1.12', String(JAVA_INT_MAX)],
            ['1.15', '1'],
        ],
        since: '1.12',
        removedIn: '2.0',
        hardCoded: 1,
    },
    sortShuffleMinBuffers: {
        key: 'taskmanager.network.sort-shuffle.min-buffers',
        defaults: [
            ['1.12', '64'],
            ['1.15', '512'],
        ],
        since: '1.12',
    },
};
/** The option as `version` defines it. */
function networkBufferOption(version, name) {
    const row = NETWORK_BUFFER_OPTIONS[name];
    if (!versions_atLeast(version, row.since))
        return { kind: 'absent' };
    if (row.removedIn && versions_atLeast(version, row.removedIn)) {
        return row.hardCoded === undefined ? { kind: 'absent' } : { kind: 'hard-coded', value: row.hardCoded };
    }
    let text;
    for (const [since, value] of row.defaults)
        if (versions_atLeast(version, since))
            text = value;
    return {
        kind: 'read',
        option: {
            key: row.key,
            type: 'int',
            ...(text !== undefined && { defaultValue: Number(text) }),
            defaultText: text ?? 'null',
            fallbackKeys: [],
        },
    };
}
const segmentSizeKey = 'taskmanager.memory.segment-size';
/** Java's `Integer.MAX_VALUE`, the bound of every buffer count Flink keeps. */
const INTEGER_MAX_VALUE = Number(JAVA_INT_MAX);
/** `ConfigurationParserUtils.getPageSize`: an int, at least 4096 and a power of two. */
function segmentSize(reader, version) {
    const bytes = reader.get(options_requireOption(version, segmentSizeKey));
    if (bytes > BigInt(JAVA_INT_MAX))
        throw iae(`Cannot downcast long value ${bytes} to integer.`);
    const invalid = (why) => ice(`Invalid configuration value for ${segmentSizeKey} : ${bytes} - ${why}`);
    if (bytes < 4096n)
        throw invalid('Minimum memory segment size is 4096');
    if ((bytes & (bytes - 1n)) !== 0n)
        throw invalid('Memory segment size must be a power of 2.');
    return Number(bytes);
}
/**
 * The settings `NettyShuffleEnvironmentConfiguration.fromConfiguration` reads, in its order, for a
 * TaskManager with `networkBytes` of network memory; throws the `FlinkError` it would fail to start with.
 */
function network_buffer_options_networkBufferSettings(config, version, networkBytes) {
    const reader = new options_OptionReader(config);
    const pageSize = segmentSize(reader, version);
    // calculateNumberOfNetworkBuffers: offcuts below one segment stay unused.
    const totalBuffers = networkBytes / BigInt(pageSize);
    if (totalBuffers > BigInt(JAVA_INT_MAX)) {
        throw iae(`The given number of memory bytes (${networkBytes}) corresponds to more than MAX_INT pages.`);
    }
    const ignoredKeys = [];
    const value = (name, absent) => {
        const state = networkBufferOption(version, name);
        if (state.kind === 'hard-coded') {
            if (config.has(NETWORK_BUFFER_OPTIONS[name].key))
                ignoredKeys.push(NETWORK_BUFFER_OPTIONS[name].key);
            return state.value;
        }
        return state.kind === 'read' ? reader.number(state.option) : absent;
    };
    const buffersPerChannel = value('buffersPerChannel', 0);
    const floatingBuffersPerGate = value('floatingBuffersPerGate', 0);
    const required = networkBufferOption(version, 'maxRequiredBuffersPerGate');
    const maxRequiredBuffersPerGate = required.kind === 'read' ? reader.get(required.option) : undefined;
    value('maxBuffersPerChannel', 0);
    value('maxOverdraftBuffersPerGate', 0);
    const sortShuffleMinBuffers = value('sortShuffleMinBuffers', 0);
    const sortShuffleMinParallelism = value('sortShuffleMinParallelism', INTEGER_MAX_VALUE);
    const checked = [
        ['buffersPerChannel', buffersPerChannel],
        ['maxRequiredBuffersPerGate', maxRequiredBuffersPerGate],
        ['floatingBuffersPerGate', floatingBuffersPerGate],
    ];
    for (const [name, configured] of checked) {
        const row = NETWORK_BUFFER_OPTIONS[name];
        const state = networkBufferOption(version, name);
        if (row.minimum && state.kind === 'read' && versions_atLeast(version, row.minimum.since)) {
            if (configured !== undefined && configured < row.minimum.value)
                throw iae(row.minimum.message);
        }
    }
    return {
        segmentSize: pageSize,
        totalBuffers: Number(totalBuffers),
        buffersPerChannel,
        floatingBuffersPerGate,
        ...(maxRequiredBuffersPerGate !== undefined && { maxRequiredBuffersPerGate }),
        sortShuffleMinParallelism,
        sortShuffleMinBuffers,
        ignoredKeys,
    };
}
/** Versions whose TaskManagers read each option key, for rules that flag keys a version ignores. */
const NETWORK_BUFFER_OPTION_VERSIONS = new Map(Object.values(NETWORK_BUFFER_OPTIONS).map((row) => [
    row.key,
    model/* FLINK_VERSIONS */.tf.filter((v) => versions_atLeast(v, row.since) && !(row.removedIn && versions_atLeast(v, row.removedIn))),
]));

;// CONCATENATED MODULE: ./src/flink/network-buffers.ts





const GATE_MODELS = [
    ['1.10', 'floating-0'],
    ['1.12', 'floating-1'],
    ['1.17', 'required-threshold'],
    ['1.20', 'expected-pool'],
];
function gateModel(version) {
    let model = GATE_MODELS[0][1];
    for (const [since, m] of GATE_MODELS)
        if (versions_atLeast(version, since))
            model = m;
    return model;
}
/** `InputGateSpecUtils.DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH` (1.17+). */
const DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH = 1000;
/** Java `int` arithmetic: what Flink computes, overflow included. */
const network_buffers_int = (n) => n | 0;
/** Per-gate buffers as `version` computes them; throws where Flink's own checks fail the task. */
function gateBuffers(version, settings, mode, channels) {
    const model = gateModel(version);
    const { buffersPerChannel: perChannel, floatingBuffersPerGate: floating } = settings;
    if (model === 'floating-0' || model === 'floating-1') {
        return { poolRequired: model === 'floating-0' ? 0 : 1, exclusivePerChannel: perChannel };
    }
    const threshold = settings.maxRequiredBuffersPerGate ??
        (mode === 'streaming' ? INTEGER_MAX_VALUE : DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH);
    const required = Math.min(threshold, network_buffers_int(Math.imul(channels, perChannel) + 1));
    if (required < 1)
        throw iae('Require at least 1 buffer per gate.');
    const exclusive = Math.min(perChannel, Math.trunc((required - 1) / channels));
    if (model === 'expected-pool')
        return { poolRequired: required, exclusivePerChannel: exclusive };
    const exclusivePerGate = Math.imul(exclusive, channels);
    const requiredFloating = network_buffers_int(required - exclusivePerGate);
    const totalFloating = network_buffers_int(network_buffers_int(Math.imul(channels, perChannel) + floating) - exclusivePerGate);
    if (requiredFloating > totalFloating) {
        throw new FlinkError('IllegalStateException', 'Wrong number of floating buffers.');
    }
    return { poolRequired: requiredFloating, exclusivePerChannel: exclusive };
}
/**
 * A result partition's `LocalBufferPool` minimum (`NettyShuffleUtils
 * .getMinMaxNetworkBuffersPerResultPartition`; `ResultPartitionFactory` before 1.13): one buffer per
 * subpartition plus one, or `sort-shuffle.min-buffers` for a sort-merge blocking partition.
 */
function resultPartitionBuffers(settings, mode, subpartitions) {
    const sortShuffle = mode === 'batch' && subpartitions >= settings.sortShuffleMinParallelism;
    return { required: sortShuffle ? settings.sortShuffleMinBuffers : network_buffers_int(subpartitions + 1), sortShuffle };
}
/** `NetworkBufferPool`'s message, identical from 1.10 to 2.x (`createBufferPool`, `tryRedistributeBuffers`). */
function insufficientBuffersMessage(required, available, total, segmentSize) {
    return `Insufficient number of network buffers: required ${required}, but only ${available} available. The total number of network buffers is currently set to ${total} of ${segmentSize} bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.`;
}
/**
 * The network buffers one TaskManager needs for `job`, against what its network memory holds.
 *
 * Requests are replayed in the order a task sets itself up (`Task.setupPartitionsAndGates`: result
 * partitions, then gates; `SingleInputGate.setup`: the pool, then each remote channel's exclusive
 * buffers), slot by slot with the producer first. Flink deploys a TaskManager's tasks concurrently,
 * so a real log may show another "available" figure; the refused request is the same kind.
 */
function networkBufferDemand(config, job, options) {
    const version = options.flinkVersion;
    const tm = deriveTaskManager(config, options);
    if (!tm.ok)
        return tm;
    try {
        const settings = networkBufferSettings(config, version, tm.memory.network);
        const slots = job.slots ?? configuredSlots(config, version);
        return {
            ok: true,
            demand: demandFor(version, settings, tm.memory.network, job.mode, job.parallelism, slots),
        };
    }
    catch (err) {
        return failure(err);
    }
}
function configuredSlots(config, version) {
    return new OptionReader(config).number(findOption(version, 'taskmanager.numberOfTaskSlots'));
}
/** The demand for a TaskManager whose settings and network memory are known. */
function demandFor(version, settings, networkBytes, mode, parallelism, slots) {
    const subtasks = Math.min(slots, parallelism);
    const remote = parallelism - subtasks;
    const partition = resultPartitionBuffers(settings, mode, parallelism);
    const total = settings.totalBuffers;
    let gate = { poolRequired: 0, exclusivePerChannel: 0 };
    let deploymentFailure;
    try {
        gate = gateBuffers(version, settings, mode, parallelism);
    }
    catch (err) {
        if (!(err instanceof FlinkError))
            throw err;
        deploymentFailure = { errorType: err.errorType, message: err.message };
    }
    const exclusivePerSubtask = remote * gate.exclusivePerChannel;
    const resultPartitions = subtasks * partition.required;
    const gatePools = subtasks * gate.poolRequired;
    const exclusive = subtasks * exclusivePerSubtask;
    const consumers = gatePools + exclusive;
    // A consumer sets up its gate's pool, then each remote channel's exclusive buffers.
    const consumer = [
        [1, gate.poolRequired],
        [remote, gate.exclusivePerChannel],
    ];
    const stages = mode === 'streaming'
        ? [{ times: subtasks, block: [[1, partition.required], ...consumer] }]
        : [
            { times: subtasks, block: [[1, partition.required]] },
            { times: subtasks, block: consumer },
        ];
    deploymentFailure ??= firstRefusal(stages, total, settings.segmentSize);
    return {
        flinkVersion: version,
        gateModel: gateModel(version),
        mode,
        parallelism,
        slots,
        subtasksPerVertex: subtasks,
        channelsPerGate: parallelism,
        remoteChannelsPerGate: remote,
        resultPartition: { requiredPerSubtask: partition.required, sortShuffle: partition.sortShuffle },
        inputGate: { ...gate, exclusivePerSubtask },
        required: {
            resultPartitions,
            gatePools,
            exclusive,
            total: mode === 'streaming' ? resultPartitions + consumers : Math.max(resultPartitions, consumers),
        },
        available: { networkBytes, segmentSize: settings.segmentSize, buffers: total },
        settings,
        ...(deploymentFailure && { deploymentFailure }),
    };
}
/**
 * Replays the requests with `NetworkBufferPool`'s `int` bookkeeping; each stage starts empty. Runs
 * of requests that stay within the total are counted at once rather than one by one: the answer is
 * the same, overflow included, and the cost does not grow with slots and channels.
 */
function firstRefusal(stages, total, segmentSize) {
    for (const { times, block } of stages) {
        const perBlock = block.reduce((sum, [count, size]) => sum + count * size, 0);
        // Whole blocks whose running sum stays within the total all pass.
        const passing = perBlock === 0 ? times : Math.min(times, Math.floor(total / perBlock));
        let reserved = passing * perBlock;
        for (let i = passing; i < times; i++) {
            for (const [count, size] of block) {
                let left = count;
                while (left > 0 && size > 0) {
                    const fit = Math.min(left, Math.floor((total - reserved) / size));
                    reserved += fit * size;
                    left -= fit;
                    if (left === 0)
                        break;
                    // The next request exceeds the total unless Flink's `int` sum wraps below it.
                    const next = network_buffers_int(reserved + size);
                    if (next > total) {
                        const available = network_buffers_int(total - reserved);
                        return {
                            errorType: 'IOException',
                            message: insufficientBuffersMessage(size, available, total, segmentSize),
                            required: size,
                            available,
                        };
                    }
                    reserved = next;
                    left--;
                }
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/network-buffer-limits.ts





/**
 * Network buffers of the smallest network memory a TaskManager gets without configuring it:
 * `taskmanager.memory.network.min` (64m) over `taskmanager.memory.segment-size` (32kb), i.e. 2048.
 * Flink's fraction (0.1 of total Flink memory) gives less than the minimum below 640m of Flink
 * memory, so every default TaskManager has at least this many buffers.
 */
function smallestDefaultNetworkBuffers(version) {
    const min = requireOption(version, 'taskmanager.memory.network.min').defaultValue;
    const segment = requireOption(version, 'taskmanager.memory.segment-size').defaultValue;
    return Number(min / segment);
}
/**
 * The network memory a TaskManager of `totalFlink` gets from the version's defaults: 0.1 of Total
 * Flink memory within `taskmanager.memory.network.min` and `.max` (1 GiB before 1.17).
 */
function defaultNetworkBytes(version, totalFlink) {
    const option = (key) => options_requireOption(version, key);
    const fractionOption = option('taskmanager.memory.network.fraction');
    return deriveWithFraction(totalFlink, {
        min: option('taskmanager.memory.network.min').defaultValue,
        max: option('taskmanager.memory.network.max').defaultValue,
        fraction: fractionOption.defaultValue,
        fractionOption,
    });
}
/** Whether a TaskManager with `settings` deploys `slots` producer/consumer pairs of parallelism `parallelism`. */
function fits(version, settings, mode, parallelism, slots) {
    const bytes = BigInt(settings.totalBuffers) * BigInt(settings.segmentSize);
    return !demandFor(version, settings, bytes, mode, parallelism, slots).deploymentFailure;
}
/**
 * The largest `buffers-per-channel` with which a TaskManager of `settings.totalBuffers` buffers and
 * `slots` slots still deploys one producer and one consumer per slot when each consumer reads one
 * channel from another TaskManager (parallelism `slots + 1`, the least remote traffic there is).
 * Anything above it fails with "Insufficient number of network buffers" on any job that crosses
 * TaskManagers. Undefined where the version does not read the key (2.x hard-codes 2).
 */
function largestServableBuffersPerChannel(version, settings, slots, mode = 'streaming') {
    if (networkBufferOption(version, 'buffersPerChannel').kind !== 'read')
        return undefined;
    // The answer depends on nothing but these figures, and a tree repeats them config after config.
    const key = [
        version,
        mode,
        slots,
        settings.totalBuffers,
        settings.floatingBuffersPerGate,
        settings.maxRequiredBuffersPerGate,
        settings.sortShuffleMinParallelism,
        settings.sortShuffleMinBuffers,
    ].join();
    const known = LARGEST_SERVABLE.get(key);
    if (known !== undefined)
        return known;
    if (LARGEST_SERVABLE.size >= MAX_REMEMBERED)
        LARGEST_SERVABLE.clear();
    const largest = searchLargestServable(version, settings, slots, mode);
    LARGEST_SERVABLE.set(key, largest);
    return largest;
}
const LARGEST_SERVABLE = new Map();
const MAX_REMEMBERED = 10_000;
function searchLargestServable(version, settings, slots, mode) {
    const parallelism = slots + 1;
    const servable = (buffersPerChannel) => {
        try {
            return fits(version, { ...settings, buffersPerChannel }, mode, parallelism, slots);
        }
        catch (err) {
            if (err instanceof FlinkError)
                return false;
            throw err;
        }
    };
    if (!servable(0))
        return -1;
    // Above this, Flink's int arithmetic (channels \u00d7 buffers-per-channel + floating) overflows.
    const noOverflow = Math.floor((INTEGER_MAX_VALUE - Math.max(1, settings.floatingBuffersPerGate)) / parallelism);
    let low = 0;
    let high = noOverflow;
    while (low < high) {
        const mid = low + Math.ceil((high - low) / 2);
        if (servable(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/flink/config-edits.ts
const config_edits_MIB = 1n << 20n;
/** A size as a configuration value: whole MiB as `3072m`, anything else as exact bytes (`123b`). */
function sizeValue(bytes) {
    if (bytes === 0n)
        return '0';
    return bytes % config_edits_MIB === 0n ? `${bytes / config_edits_MIB}m` : `${bytes}b`;
}
/** Keys to set and remove, each with the sentence that says why. */
class Edits {
    set = new Map();
    remove = new Set();
    why = new Map();
    put(key, value, why) {
        this.remove.delete(key);
        this.set.set(key, value);
        this.why.set(key, why);
    }
    drop(key, why) {
        this.set.delete(key);
        this.remove.add(key);
        this.why.set(key, why);
    }
    /** Whether this plan writes or deletes the key. */
    touches(key) {
        return this.set.has(key) || this.remove.has(key);
    }
    copy() {
        const next = new Edits();
        for (const [k, v] of this.set)
            next.set.set(k, v);
        for (const k of this.remove)
            next.remove.add(k);
        for (const [k, v] of this.why)
            next.why.set(k, v);
        return next;
    }
    /** The configuration with the edits applied: removals first, then writes. */
    apply(config) {
        const out = new Map(config);
        for (const key of this.remove)
            out.delete(key);
        for (const [key, value] of this.set)
            out.set(key, value);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/flink/legacy-network.ts


const LEGACY_BUFFERS_KEY = 'taskmanager.network.numberOfBuffers';
/**
 * Whether a 1.x configuration sizes the network by the legacy buffer count: the count is set and
 * none of network min, max and fraction (nor their deprecated keys) is (spec \u00a73.3).
 */
function usesLegacyBuffers(config, version) {
    if (!traitsOf(version).legacyNetworkBuffers || !options_findOption(version, LEGACY_BUFFERS_KEY))
        return false;
    if (!config.has(LEGACY_BUFFERS_KEY))
        return false;
    return ['min', 'max', 'fraction'].every((part) => {
        const option = options_findOption(version, `taskmanager.memory.network.${part}`);
        return option !== undefined && suppliedKey(config, option) === undefined;
    });
}
/** The legacy network size, buffers \u00d7 segment size; undefined where either is unreadable. */
function legacyNetworkBytes(config, version) {
    const buffers = effectiveOption(config, version, LEGACY_BUFFERS_KEY);
    const segment = effectiveOption(config, version, 'taskmanager.memory.segment-size');
    if (!buffers || buffers.error || !segment || segment.error)
        return undefined;
    const bytes = BigInt(buffers.value) * segment.value;
    return bytes >= 0n ? bytes : undefined;
}

;// CONCATENATED MODULE: ./src/flink/sizing/plan.ts









const LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
/** Planning state shared by both processes. */
class Planner {
    version;
    deployment;
    process;
    config;
    edits = new Edits();
    constructor(version, deployment, process, config) {
        this.version = version;
        this.deployment = deployment;
        this.process = process;
        this.config = config;
    }
    key(suffix) {
        return `${this.process}.memory.${suffix}`;
    }
    /** A memory option's value in bytes, undefined when unset without default or unreadable. */
    bytes(key) {
        return this.bytesIn(this.config, key);
    }
    bytesIn(config, key) {
        const effective = effectiveOption(config, this.version, key);
        if (!effective || effective.error)
            return undefined;
        return effective.value;
    }
    /** Makes a memory option at least `atLeast`, replacing the deprecated key that set it. */
    raise(key, atLeast, why) {
        const effective = effectiveOption(this.config, this.version, key);
        const current = effective && !effective.error ? effective.value : undefined;
        if (current !== undefined && current >= atLeast)
            return;
        this.edits.put(key, sizeValue(atLeast), why);
        if (effective?.suppliedBy && effective.suppliedBy !== key)
            this.edits.drop(effective.suppliedBy, `Deprecated key of ${key}, which now sets the value.`);
    }
    /** The legacy heap keys of this process that the version maps onto the new options and the configuration sets. */
    legacyKeys() {
        const { config, version, deployment } = this;
        return processSizeKeys(this.process, version).filter((key) => {
            const value = config.get(key);
            return (value !== undefined &&
                legacyKeyReading(key, rawText(value), version, deployment, config) !== undefined);
        });
    }
    legacyTarget() {
        return traitsOf(this.version).legacyHeap ? legacyHeapTarget(this.process, this.deployment) : undefined;
    }
    /**
     * The totals are what the solver decides: it sizes through the process size, so total Flink
     * memory and legacy heap keys read as a total give way to it.
     */
    ownTotals() {
        const flink = this.key('flink.size');
        const processKey = this.key('process.size');
        if (this.config.has(flink)) {
            this.edits.drop(flink, `It fixes total Flink memory and takes precedence over ${processKey} in Flink's derivation; the process size now decides it.`);
        }
        const target = this.legacyTarget();
        if (target === this.key('heap.size'))
            return;
        for (const legacy of this.legacyKeys()) {
            this.edits.drop(legacy, `Legacy heap key: Flink ${this.version} (${this.deployment}) reads it as ${target} unless that is set; ${processKey} now sizes the ${LABEL[this.process]} (Flink 2.0 removed the key).`);
        }
    }
    metaspaceAndOverhead(targets) {
        if (targets.metaspace !== undefined) {
            this.raise(this.key('jvm-metaspace.size'), targets.metaspace, `The metaspace target is ${formatSize(targets.metaspace)}.`);
        }
        if (targets.overhead !== undefined) {
            const why = `The JVM overhead target is ${formatSize(targets.overhead)}: the overhead is a fraction of the process size kept within [min, max].`;
            this.raise(this.key('jvm-overhead.min'), targets.overhead, why);
            this.raise(this.key('jvm-overhead.max'), targets.overhead, why);
        }
    }
    /** Keys of the configuration this plan leaves alone and the process's derivation reads. */
    kept(readKeys) {
        const processKey = this.key('process.size');
        const external = (k) => this.process === 'taskmanager' && isExternalResourceKey(k);
        const read = (k) => (k.startsWith(`${this.process}.`) && readKeys.has(k)) || external(k);
        return [...this.config.keys()].filter((k) => k !== processKey && !this.edits.touches(k) && read(k));
    }
}
function isExternalResourceKey(key) {
    return key === 'external-resources' || key.startsWith('external-resource.');
}
/** Every key a version's derivation reads: options and their fallback keys. */
function readKeysOf(version) {
    const keys = new Set();
    for (const option of optionRegistry(version).values()) {
        keys.add(option.key);
        for (const fallback of option.fallbackKeys)
            keys.add(fallback.key);
    }
    return keys;
}
function perSlot(component, slots) {
    return component / BigInt(slots);
}
/** A missed target in a sentence; in bytes where MiB with one decimal would show both the same. */
function missText(what, value, target) {
    const close = formatSize(value) === formatSize(target);
    const show = (bytes) => (close ? `${bytes} bytes` : formatSize(bytes));
    return `${what} ${show(value)} is below the ${show(target)} target`;
}
function tmMisses(m, targets, slots) {
    const out = [];
    const check = (value, target, what) => {
        if (target !== undefined && value < target)
            out.push(missText(what, value, target));
    };
    check(perSlot(m.taskHeap, slots), targets.taskHeapPerSlot, 'task heap per slot');
    check(m.taskHeap, targets.taskHeap, 'task heap');
    check(m.managed, targets.managed, 'managed memory');
    check(perSlot(m.managed, slots), targets.managedPerSlot, 'managed memory per slot');
    check(m.network, targets.network, 'network memory');
    check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
    check(m.jvmOverhead, targets.overhead, 'JVM overhead');
    return out;
}
function jmMisses(m, targets) {
    const out = [];
    const check = (value, target, what) => {
        if (target !== undefined && value < target)
            out.push(missText(what, value, target));
    };
    check(m.jvmHeap, targets.heap, 'JVM heap');
    check(m.offHeap, targets.offHeap, 'off-heap memory');
    check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
    check(m.jvmOverhead, targets.overhead, 'JVM overhead');
    return out;
}
/** The slots the request means: its own, else the configuration's (1 where that is unreadable). */
function requestedSlots(request, config) {
    if (request.slots !== undefined)
        return request.slots;
    const effective = effectiveOption(config, request.version, 'taskmanager.numberOfTaskSlots');
    const slots = effective && !effective.error ? effective.value : 1;
    return Number.isInteger(slots) && slots >= 1 ? slots : 1;
}
function planTaskManager(request, config) {
    const { version } = request;
    const deployment = request.deployment ?? 'standalone';
    const p = new Planner(version, deployment, 'taskmanager', config);
    const targets = request.targets ?? {};
    const slots = requestedSlots(request, config);
    p.ownTotals();
    const slotsKey = 'taskmanager.numberOfTaskSlots';
    const configured = effectiveOption(config, version, slotsKey);
    if (request.slots !== undefined && (configured?.error || configured?.value !== request.slots)) {
        p.edits.put(slotsKey, String(request.slots), `The requested ${request.slots} slots per TaskManager.`);
    }
    const taskHeap = p.key('task.heap.size');
    if (targets.taskHeapPerSlot !== undefined && config.has(taskHeap)) {
        const need = targets.taskHeapPerSlot * BigInt(slots);
        p.raise(taskHeap, need, `The task heap target is ${formatSize(targets.taskHeapPerSlot)} per slot \u00d7 ${slots} slots.`);
    }
    if (targets.taskHeap !== undefined && config.has(taskHeap)) {
        p.raise(taskHeap, targets.taskHeap, `The task heap target is ${formatSize(targets.taskHeap)}.`);
    }
    planManaged(p, request.stateBackend, targets.managedPerSlot, slots, targets.managed);
    if (targets.network !== undefined)
        planNetwork(p, targets.network);
    p.metaspaceAndOverhead(targets);
    return {
        process: 'taskmanager',
        version,
        deployment,
        base: config,
        edits: p.edits,
        processKey: p.key('process.size'),
        label: LABEL.taskmanager,
        derive: (c) => derive_deriveTaskManager(c, { flinkVersion: version, deployment }),
        misses: (r) => (r.ok ? tmMisses(r.memory, targets, slots) : []),
        kept: p.kept(readKeysOf(version)),
    };
}
const BACKEND_LABEL = { hashmap: 'HashMapStateBackend', rocksdb: 'RocksDB', forst: 'ForSt' };
/**
 * Managed memory for the backend (spec \u00a710): none for the heap backend, Flink's default fraction or
 * the per-slot target for RocksDB and ForSt. A fraction is changed rather than `managed.size` where
 * the configuration has none, because `managed.size` with `task.heap.size` switches Flink to its
 * fine-grained path, where the process size no longer sizes the components.
 */
function planManaged(p, backend, perSlotTarget, slots, wholeTarget) {
    const sizeKey = p.key('managed.size');
    const fractionKey = p.key('managed.fraction');
    const sizeOption = options_findOption(p.version, sizeKey);
    const supplied = sizeOption ? suppliedKey(p.config, sizeOption) : undefined;
    const replaceDeprecated = (why) => {
        if (supplied && supplied !== sizeKey)
            p.edits.drop(supplied, why);
    };
    // A target of 0 asks for nothing: the backend decides (RocksDB must not lose its managed memory).
    const perSlotNeed = perSlotTarget !== undefined ? perSlotTarget * BigInt(slots) : 0n;
    const need = wholeTarget !== undefined && wholeTarget > perSlotNeed ? wholeTarget : perSlotNeed;
    if (need > 0n) {
        const current = supplied ? p.bytes(sizeKey) : undefined;
        if (current !== undefined && current >= need)
            return;
        p.edits.put(sizeKey, sizeValue(need), need === perSlotNeed
            ? `The managed memory target is ${formatSize(perSlotTarget)} per slot \u00d7 ${slots} slots; a fixed size keeps it there at any process size.`
            : `The managed memory target is ${formatSize(need)}; a fixed size keeps it there at any process size.`);
        replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
        return;
    }
    if (backend === undefined)
        return;
    const fraction = effectiveOption(p.config, p.version, fractionKey);
    const fractionValue = fraction && !fraction.error ? fraction.value : undefined;
    if (backend === 'hashmap') {
        const why = `${BACKEND_LABEL.hashmap} keeps state on the JVM heap and uses no managed memory; what it would take goes to the task heap.`;
        if (supplied) {
            if (p.bytes(sizeKey) === 0n)
                return;
            p.edits.put(sizeKey, '0', why);
            replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
        }
        else if (fractionValue !== 0) {
            p.edits.put(fractionKey, '0', `${why} The fraction keeps the sizing path: ${sizeKey} together with task.heap.size would switch Flink to fixed component sizes.`);
        }
        return;
    }
    const why = `${BACKEND_LABEL[backend]} keeps its block cache and write buffers in managed memory, which this value leaves at 0 (or unreadable); Flink's default fraction applies instead.`;
    if (supplied) {
        if (p.bytes(sizeKey) !== 0n && p.bytes(sizeKey) !== undefined)
            return;
        p.edits.drop(supplied, why);
    }
    if (fraction?.suppliedBy && fractionValue === 0)
        p.edits.drop(fraction.suppliedBy, why);
}
/** Network memory of at least `target`: its floor, or instead of the 1.x legacy buffer count. */
function planNetwork(p, target) {
    const minKey = p.key('network.min');
    const maxKey = p.key('network.max');
    const why = `The network memory target is ${formatSize(target)}: network memory is a fraction of total Flink memory kept within [min, max].`;
    if (usesLegacyBuffers(p.config, p.version)) {
        const legacy = legacyNetworkBytes(p.config, p.version);
        if (legacy !== undefined && legacy >= target)
            return;
        p.edits.drop(LEGACY_BUFFERS_KEY, `Flink 1.x sizes the network from the legacy buffer count only while network min, max and fraction are unset; ${minKey} now sets its floor (Flink 2.0 removed the key).`);
    }
    p.raise(minKey, target, why);
    p.raise(maxKey, target, why);
}
function planJobManager(request, config) {
    const { version } = request;
    const deployment = request.deployment ?? 'standalone';
    const p = new Planner(version, deployment, 'jobmanager', config);
    const targets = request.targets ?? {};
    p.ownTotals();
    if (targets.heap !== undefined)
        planHeap(p, targets.heap);
    if (targets.offHeap !== undefined) {
        p.raise(p.key('off-heap.size'), targets.offHeap, `The off-heap target is ${formatSize(targets.offHeap)}.`);
    }
    p.metaspaceAndOverhead(targets);
    return {
        process: 'jobmanager',
        version,
        deployment,
        base: config,
        edits: p.edits,
        processKey: p.key('process.size'),
        label: LABEL.jobmanager,
        derive: (c) => deriveJobManager(c, { flinkVersion: version, deployment }),
        misses: (r) => (r.ok ? jmMisses(r.memory, targets) : []),
        kept: p.kept(readKeysOf(version)),
    };
}
/**
 * A JVM heap of at least `target`. An explicit heap (the modern key, or on standalone 1.x a legacy
 * key that Flink reads as the heap) is raised; otherwise the heap is what the process size leaves.
 */
function planHeap(p, target) {
    const heapKey = p.key('heap.size');
    const why = `The JVM heap target is ${formatSize(target)}.`;
    if (p.config.has(heapKey)) {
        p.raise(heapKey, target, why);
        return;
    }
    const legacy = p.legacyKeys();
    if (p.legacyTarget() !== heapKey || legacy.length === 0)
        return;
    let current;
    try {
        const mapped = mapLegacyHeap(p.config, p.version, 'jobmanager', heapKey, {});
        current = p.bytesIn(mapped, heapKey);
    }
    catch (err) {
        if (!(err instanceof FlinkError))
            throw err;
    }
    if (current !== undefined && current >= target)
        return;
    for (const key of legacy) {
        p.edits.drop(key, `Legacy heap key: Flink ${p.version} (standalone) reads it as ${heapKey}, which replaces it to meet the heap target (Flink 2.0 removed the key).`);
    }
    p.edits.put(heapKey, sizeValue(target), why);
}
function planSizing(request, config) {
    return request.process === 'taskmanager'
        ? planTaskManager(request, config)
        : planJobManager(request, config);
}

;// CONCATENATED MODULE: ./src/flink/sizing/direction.ts
/** The byte counts a message quotes, in order (`... (201326592 bytes) ...`, `0 bytes`). */
function quotedBytes(text) {
    return [...text.matchAll(/(\d+) bytes/g)].map((m) => BigInt(m[1]));
}
/** `x` against `[min, max]` (or against one value: min = max). */
function outside(x, min, max) {
    if (x === undefined || min === undefined || max === undefined)
        return 'fixed';
    return x < min ? 'small' : x > max ? 'large' : 'fixed';
}
/**
 * Flink's size-dependent failures (spec \u00a77.1\u20137.2), by the messages the derivation raises: every one
 * is a sum or a remainder checked against a total or a range, so each has one direction.
 */
const direction_RULES = [
    // T2: metaspace + overhead exceed the process size.
    ['exceed configured Total Process Memory', () => 'small'],
    // T3: the process size is below total Flink + metaspace.
    ['is less than the sum of the derived Total Flink Memory size', () => 'small'],
    // T7, T8: the fixed components exceed total Flink memory.
    ['exceed configured Total Flink Memory', () => 'small'],
    // J4: total Flink memory at most the off-heap size.
    ['is less than the configured Off-heap Memory', () => 'small'],
    // 1.10's underflow where later versions raise T3.
    ['bytes must be >= 0', () => 'small'],
    ['long overflow', () => 'large'],
    // T4: the overhead remainder outside its range.
    [
        'Derived JVM Overhead size',
        (f) => {
            const [x, min, max] = quotedBytes(f.error);
            return outside(x, min, max);
        },
    ],
    // T9: the network remainder outside its range, or unlike the legacy buffer count.
    [
        'but the derived Network Memory is inconsistent',
        (f) => {
            // The range message is the innermost cause (under the prefixed and the unprefixed T9).
            const cause = f.causes?.[f.causes.length - 1] ?? '';
            const [x, a, b] = quotedBytes(cause);
            if (cause.includes('is not in configured Network Memory range'))
                return outside(x, a, b);
            if (cause.includes('does not match configured Network Memory size'))
                return outside(x, a, a);
            return 'fixed';
        },
    ],
];
function direction(failure) {
    for (const [needle, rule] of direction_RULES)
        if (failure.error.includes(needle))
            return rule(failure);
    return 'fixed';
}

;// CONCATENATED MODULE: ./src/flink/sizing/search.ts


const search_MIB = 1n << 20n;
/** The largest process size Flink can represent, in whole MiB. */
const MAX_MIB = MAX_MEMORY_SIZE / search_MIB;
/** Derives the plan at one process size (cached: the searches ask for some sizes twice). */
class Prober {
    plan;
    cache = new Map();
    derivations = 0;
    constructor(plan) {
        this.plan = plan;
    }
    at(mib) {
        let probe = this.cache.get(mib);
        if (!probe) {
            probe = this.derive(mib);
            this.cache.set(mib, probe);
        }
        return probe;
    }
    derive(mib) {
        const { plan } = this;
        const edits = plan.edits.copy();
        edits.put(plan.processKey, `${mib}m`, '');
        const config = edits.apply(plan.base);
        const result = plan.derive(config);
        this.derivations++;
        if (result.ok) {
            const missed = plan.misses(result);
            return missed.length === 0
                ? { mib, config, result, state: 'good' }
                : { mib, config, result, state: 'below', problem: missed.join('; ') };
        }
        if ('unsupported' in result)
            return { mib, config, result, state: 'fixed', problem: result.reason };
        const way = direction(result);
        const state = way === 'small' ? 'below' : way === 'large' ? 'above' : 'fixed';
        return { mib, config, result, state, problem: failureText(result) };
    }
}
/** Flink's message, with the innermost cause where the message alone does not say what is wrong. */
function failureText(failure) {
    const innermost = failure.causes?.[failure.causes.length - 1];
    const cause = innermost?.slice(innermost.indexOf(': ') + 2);
    if (!cause || failure.error.includes(cause))
        return failure.error;
    return `${failure.error.replace(/\.$/, '')} (${cause.replace(/\.$/, '')})`;
}
/** The first size in (lo, hi] that is not `below`, given that lo is below (or 0) and hi is not. */
function firstNotBelow(prober, lo, hi) {
    while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        if (prober.at(mid).state === 'below')
            lo = mid;
        else
            hi = mid;
    }
    return prober.at(hi);
}
/**
 * The smallest good size. The states run below\u2026 good\u2026 above\u2026 along the size (each failure and
 * each target is monotone in it), so a doubling search brackets the end of `below` and a binary
 * search finds it; that size is the answer if it is good, and proves there is none otherwise.
 */
function smallestGood(prober) {
    let lo = 0n;
    let mib = 1n;
    while (mib < MAX_MIB) {
        const probe = prober.at(mib);
        if (probe.state === 'fixed')
            return probe;
        if (probe.state !== 'below')
            return firstNotBelow(prober, lo, mib);
        lo = mib;
        mib *= 2n;
    }
    const last = prober.at(MAX_MIB);
    return last.state === 'below' ? last : firstNotBelow(prober, lo, MAX_MIB);
}
/** The largest good size up to `cap`; the probe that says why not where there is none. */
function largestGood(prober, cap) {
    const top = prober.at(cap);
    if (top.state !== 'above')
        return top;
    // Bracket the start of `above`: 1 MiB is at worst too small (spec \u00a77: overhead alone is larger).
    let lo = 1n;
    if (prober.at(lo).state === 'above')
        return prober.at(lo);
    let hi = cap;
    while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        if (prober.at(mid).state === 'above')
            hi = mid;
        else
            lo = mid;
    }
    return prober.at(lo);
}

;// CONCATENATED MODULE: ./src/flink/sizing/solve.ts







function attempt(request, config) {
    const plan = planSizing(request, config);
    const prober = new Prober(plan);
    if (request.container === undefined) {
        return { request, question: 'minimum', plan, prober, probe: smallestGood(prober) };
    }
    return { request, question: 'fit', plan, prober, probe: largestGood(prober, request.container / search_MIB) };
}
/** How a refused or short size reads in a sentence. */
function problemAt(probe) {
    const size = `${probe.mib}m`;
    const problem = (probe.problem ?? '').replace(/\.$/, '');
    return probe.result.ok ? `at ${size} ${problem}` : `at ${size} Flink refuses it: ${problem}`;
}
/** The edits of an attempt with its process size, which is left out where the value is already that size. */
function finalEdits(a, why) {
    const { plan, probe } = a;
    const edits = plan.edits.copy();
    const current = effectiveOption(plan.base, plan.version, plan.processKey);
    if (current?.error || current?.value !== probe.mib * search_MIB)
        edits.put(plan.processKey, `${probe.mib}m`, why);
    return edits;
}
function hasTargets(request) {
    return Object.values(request.targets ?? {}).some((t) => t !== undefined);
}
function processWhy(a) {
    const { probe, prober, plan } = a;
    if (a.question === 'minimum') {
        return probe.mib === 1n
            ? 'The smallest process size there is in whole MiB.'
            : `The smallest ${plan.label} process size ${hasTargets(a.request) ? 'that meets the targets' : 'Flink accepts with these settings'}: ${problemAt(prober.at(probe.mib - 1n))}.`;
    }
    const container = a.request.container;
    if (probe.mib === container / search_MIB)
        return `The ${formatSize(container)} container in whole MiB: Flink sizes the ${plan.label} by its total process memory.`;
    return `The largest size within the ${formatSize(container)} container that Flink accepts with these settings: ${problemAt(prober.at(probe.mib + 1n))}.`;
}
function answerParts(edits, config) {
    return {
        set: Object.fromEntries(edits.set),
        remove: [...edits.remove],
        why: Object.fromEntries(edits.why),
        config,
    };
}
function feasible(a) {
    const edits = finalEdits(a, processWhy(a));
    return {
        question: a.question,
        process: a.plan.process,
        feasible: true,
        ...answerParts(edits, edits.apply(a.plan.base)),
        result: a.probe.result,
        processSize: a.probe.mib * search_MIB,
    };
}
/** Why an attempt found nothing, in one sentence. */
function reasonOf(a, minimum) {
    const { probe, prober, plan } = a;
    if (probe.state === 'fixed')
        return `Flink refuses the ${plan.label} configuration at every process size: ${probe.problem}`;
    const [low, high] = probe.state === 'above' ? [prober.at(probe.mib - 1n), probe] : [probe, prober.at(probe.mib + 1n)];
    if (low.state === 'below' && high.state === 'above')
        return `No process size is both accepted by Flink and large enough: ${problemAt(low)}, and ${problemAt(high)}.`;
    if (a.question === 'minimum') {
        return probe.result.ok
            ? `No process size Flink can represent meets the targets: ${problemAt(probe)}.`
            : `Flink refuses the ${plan.label} configuration at every process size: ${problemAt(probe)}.`;
    }
    const container = formatSize(a.request.container);
    const smallest = minimum ? ` The smallest container that works is ${formatSize(minimum.processSize)}.` : '';
    return `The ${container} container is too small: ${problemAt(probe)}.${smallest}`;
}
function without(config, keys) {
    const out = new Map(config);
    for (const key of keys)
        out.delete(key);
    return out;
}
function isFeasible(request, config) {
    return attempt(request, config).probe.state === 'good';
}
/**
 * The kept keys the request fails on: each key whose removal alone makes it possible; where no
 * single key does, the smallest set found by removing keys one by one and putting back those not
 * needed.
 */
function blockingKeys(a, config) {
    const single = a.plan.kept.filter((key) => isFeasible(a.request, without(config, [key])));
    if (single.length > 0)
        return single.map((key) => [key]);
    const removed = [];
    for (const key of a.plan.kept) {
        removed.push(key);
        if (isFeasible(a.request, without(config, removed))) {
            const needed = removed.filter((k) => !isFeasible(a.request, without(config, removed.filter((r) => r !== k))));
            return needed.length > 0 ? [needed] : [];
        }
    }
    return [];
}
function blockerWhy(a, key, together, reason) {
    const { plan, request } = a;
    const value = rawText(plan.base.get(key));
    const own = effectiveOption(plan.base, plan.version, key);
    if (request.container !== undefined &&
        own?.option.type === 'memory' &&
        own.suppliedBy === key &&
        !own.error &&
        own.value >= request.container) {
        return `${key}: ${value} alone exceeds the ${formatSize(request.container)} container.`;
    }
    const others = together.filter((k) => k !== key);
    const partners = others.length > 0 ? ` together with ${others.join(', ')}` : '';
    return `With ${key}: ${value}${partners} the request cannot be met; without it, it can. ${reason}`;
}
function infeasible(a, config, withBlockers) {
    const minimum = a.question === 'fit' && a.probe.state === 'below' && a.prober.at(a.probe.mib + 1n).state !== 'above'
        ? solveQuietly({ ...a.request, container: undefined }, config)
        : undefined;
    const reason = reasonOf(a, minimum);
    const edits = a.plan.edits.copy();
    edits.put(a.plan.processKey, `${a.probe.mib}m`, `The size that shows the problem: ${problemAt(a.probe)}.`);
    const blockers = [];
    let withoutBlockers;
    if (withBlockers) {
        const groups = blockingKeys(a, config);
        for (const group of groups)
            for (const key of group)
                blockers.push({
                    key,
                    value: rawText(config.get(key)),
                    why: blockerWhy(a, key, group, reason),
                });
        if (blockers.length > 0) {
            const relieved = attempt(a.request, without(config, groups[0]));
            if (relieved.probe.state === 'good')
                withoutBlockers = feasible(relieved);
        }
    }
    return {
        question: a.question,
        process: a.plan.process,
        feasible: false,
        reason,
        ...answerParts(edits, a.probe.config),
        result: a.probe.result,
        blockers,
        ...(minimum && { minimumContainer: minimum.processSize }),
        ...(withoutBlockers && { withoutBlockers }),
    };
}
function solveQuietly(request, config) {
    const a = attempt(request, config);
    return a.probe.state === 'good' ? feasible(a) : undefined;
}
/** Why a request cannot even be asked, or undefined. */
function malformed(request) {
    // Patch releases judged with their own defaults (1.10.0) are versions of their own.
    if (!JUDGED_VERSIONS.includes(request.version))
        return `Flink ${String(request.version)} is not a supported version (${model/* FLINK_VERSIONS */.tf[0]} to ${model/* FLINK_VERSIONS */.tf[model/* FLINK_VERSIONS */.tf.length - 1]}).`;
    if (request.deployment !== undefined && !model/* DEPLOYMENTS */.$i.includes(request.deployment))
        return `Unknown deployment ${String(request.deployment)}.`;
    if (request.process !== 'taskmanager' && request.process !== 'jobmanager')
        return `Unknown process ${String(request.process)}.`;
    if (request.process === 'jobmanager' && !traitsOf(request.version).jobManagerModel)
        return `Flink ${request.version} has no JobManager memory model: its scripts only set the JVM heap from jobmanager.heap.size.`;
    if (request.container !== undefined && request.container < search_MIB)
        return `A container of ${request.container} bytes is smaller than 1 MiB.`;
    if (request.process === 'taskmanager' && request.slots !== undefined) {
        if (!Number.isInteger(request.slots) || request.slots < 1 || request.slots > 2147483647)
            return `Slots must be a positive int, not ${request.slots}.`;
    }
    for (const [name, bytes] of Object.entries(request.targets ?? {})) {
        if (bytes !== undefined && bytes < 0n)
            return `The ${name} target is negative.`;
    }
    return undefined;
}
/**
 * The inverse of Flink's memory derivation: the configuration edits that make a TaskManager or
 * JobManager fit a container as well as it can ("fit"), or the smallest process that meets the
 * targets ("minimum"), verified with the same derivation `derive` uses. Never throws.
 */
function solveSizing(request, options = {}) {
    const config = request.config ?? new Map();
    const problem = malformed(request);
    if (problem !== undefined) {
        return {
            question: request.container === undefined ? 'minimum' : 'fit',
            process: request.process,
            feasible: false,
            reason: problem,
            ...answerParts(new Edits(), config),
            blockers: [],
        };
    }
    const a = attempt(request, config);
    // Finding the blocking keys derives the request once per kept key: callers that only want an answer skip it.
    return a.probe.state === 'good' ? feasible(a) : infeasible(a, config, options.blockers !== false);
}

;// CONCATENATED MODULE: ./src/flink/sizing/remembered.ts

/**
 * `solveSizing` for callers that ask the same question many times, as a lint run does for every
 * config of a tree that repeats its settings: the answer is a pure function of the request, and
 * answers are never changed by their callers.
 */
function rememberedSolve(request, options = {}) {
    const key = JSON.stringify([request, options.blockers !== false], (_, value) => typeof value === 'bigint'
        ? { bigint: String(value) }
        : value instanceof Map
            ? [...value].map(([k, v]) => [k, typeof v, String(v)])
            : value);
    const known = ANSWERS.get(key);
    if (known)
        return known;
    if (ANSWERS.size >= remembered_MAX_REMEMBERED)
        ANSWERS.clear();
    const answer = solveSizing(request, options);
    ANSWERS.set(key, answer);
    return answer;
}
const ANSWERS = new Map();
const remembered_MAX_REMEMBERED = 2_000;

;// CONCATENATED MODULE: ./src/flink/sizing/index.ts



;// CONCATENATED MODULE: ./src/flink/option-history.ts


const option_history_always = (value) => [['1.10', value]];
const HISTORY_ROWS = [
    // FLINK-29372 (1.17, apache/flink#20867): keys that were a prefix of other keys got a suffix, the
    // old key kept as deprecated. FLINK-33935 (1.19): the backend defaults to hashmap.
    { key: 'state.backend', removedIn: '1.17' },
    {
        key: 'state.backend.type',
        since: '1.17',
        deprecatedKeys: ['state.backend'],
        defaults: [
            ['1.17', undefined],
            ['1.19', 'hashmap'],
        ],
    },
    { key: 'high-availability', defaults: option_history_always('NONE'), removedIn: '1.17' },
    {
        key: 'high-availability.type',
        since: '1.17',
        defaults: option_history_always('NONE'),
        deprecatedKeys: ['high-availability'],
    },
    { key: 'restart-strategy', removedIn: '1.17' },
    { key: 'restart-strategy.type', since: '1.17', deprecatedKeys: ['restart-strategy'] },
    { key: 'metrics.scope.jm.job', defaults: option_history_always('<host>.jobmanager.<job_name>'), removedIn: '1.17' },
    {
        key: 'metrics.scope.jm-job',
        since: '1.17',
        defaults: option_history_always('<host>.jobmanager.<job_name>'),
        deprecatedKeys: ['metrics.scope.jm.job'],
    },
    {
        key: 'metrics.scope.tm.job',
        defaults: option_history_always('<host>.taskmanager.<tm_id>.<job_name>'),
        removedIn: '1.17',
    },
    {
        key: 'metrics.scope.tm-job',
        since: '1.17',
        defaults: option_history_always('<host>.taskmanager.<tm_id>.<job_name>'),
        deprecatedKeys: ['metrics.scope.tm.job'],
    },
    { key: 'env.java.opts', defaults: option_history_always(''), removedIn: '1.17' },
    { key: 'env.java.opts.all', since: '1.17', defaults: option_history_always(''), deprecatedKeys: ['env.java.opts'] },
    { key: 'kubernetes.jobmanager.cpu', defaults: option_history_always('1.0'), removedIn: '1.17' },
    {
        key: 'kubernetes.jobmanager.cpu.amount',
        since: '1.17',
        defaults: option_history_always('1.0'),
        deprecatedKeys: ['kubernetes.jobmanager.cpu'],
    },
    { key: 'kubernetes.taskmanager.cpu', defaults: option_history_always('-1.0'), removedIn: '1.17' },
    {
        key: 'kubernetes.taskmanager.cpu.amount',
        since: '1.17',
        defaults: option_history_always('-1.0'),
        deprecatedKeys: ['kubernetes.taskmanager.cpu'],
    },
];
function build(version) {
    const options = new Map();
    for (const option of optionRegistry(version).values()) {
        options.set(option.key, {
            key: option.key,
            ...(option.defaultValue !== undefined && { defaultText: option.defaultText }),
            deprecatedKeys: option.fallbackKeys.map((f) => f.key),
        });
    }
    for (const row of HISTORY_ROWS) {
        if (row.since && !versions_atLeast(version, row.since))
            continue;
        if (row.removedIn && versions_atLeast(version, row.removedIn))
            continue;
        const text = sinceRow(row.defaults ?? [], version);
        options.set(row.key, {
            key: row.key,
            ...(text !== undefined && { defaultText: text }),
            deprecatedKeys: row.deprecatedKeys ?? [],
        });
    }
    const roles = new Map();
    for (const option of options.values()) {
        for (const key of option.deprecatedKeys)
            roles.set(key, { option: option.key, deprecated: true });
    }
    for (const option of options.values())
        roles.set(option.key, { option: option.key, deprecated: false });
    return { options, roles };
}
// Built on first use: a run asks for a version or two, and start-up should not pay for all of them.
const BY_VERSION = new Map();
/** The registry's options of a version and the renamed ones above. */
function versionOptions(version) {
    let options = BY_VERSION.get(version);
    if (!options)
        BY_VERSION.set(version, (options = build(version)));
    return options;
}

;// CONCATENATED MODULE: ./src/flink/version-diff.ts









/** The versions from one to the other, both included, in the order an upgrade (or downgrade) passes them. */
function path(from, to) {
    const a = JUDGED_VERSIONS.indexOf(from);
    const b = JUDGED_VERSIONS.indexOf(to);
    return a <= b ? JUDGED_VERSIONS.slice(a, b + 1) : JUDGED_VERSIONS.slice(b, a + 1).reverse();
}
/** The configuration files a version reads (spec \u00a78.1), in the order it looks for them. */
const CONFIG_FILES = {
    read: ['flink-conf.yaml'],
    deprecated: ['flink-conf.yaml', 'config.yaml'],
    ignored: ['config.yaml'],
};
/** The heap backend's name in versions that no longer know the old ones (spec \u00a710.1). */
const HEAP_BACKEND = 'hashmap';
/** Why a key the target no longer reads goes away, and what takes its place. */
function removedWhy(key, version) {
    if (key.startsWith('containerized.heap-cutoff'))
        return `Flink ${version} replaced the container cut-off by the JobManager memory model (JVM overhead and metaspace).`;
    return `Flink ${version} does not read it.`;
}
class DiffBuilder {
    config;
    from;
    to;
    deployment;
    removed = [];
    renamed = [];
    readDifferently = [];
    edits = new Edits();
    steps;
    constructor(config, from, to, deployment) {
        this.config = config;
        this.from = from;
        this.to = to;
        this.deployment = deployment;
        this.steps = path(from, to);
    }
    value(key) {
        return rawText(this.config.get(key));
    }
    /** The first version after `from` on the way where `test` holds. */
    firstWhere(test) {
        return this.steps.slice(1).find(test);
    }
    /** How a version reads a legacy key of the configuration (`legacy-keys.ts`), undefined for other keys. */
    legacy(key, version) {
        return legacyKeyReading(key, this.value(key), version, this.deployment, this.config);
    }
    keys() {
        const to = versionOptions(this.to).roles;
        const from = versionOptions(this.from).roles;
        for (const key of this.config.keys()) {
            const target = to.get(key);
            const before = this.legacy(key, this.from);
            const after = this.legacy(key, this.to);
            if (target?.deprecated)
                this.rename(key, target.option);
            else if ((!target && from.has(key)) || (after?.reading === 'removed' && before?.reading !== 'removed'))
                this.remove(key, before, after);
            else if (before && after && (before.reading !== after.reading || before.readAs !== after.readAs))
                this.readAnew(key, before, after);
        }
    }
    rename(key, successor) {
        const deprecated = (v) => versionOptions(v).roles.get(key)?.deprecated === true;
        const since = deprecated(this.from) ? undefined : this.firstWhere(deprecated);
        const when = since ? ` from Flink ${since}` : '';
        if (this.config.has(successor)) {
            const why = `Deprecated key of ${successor}${when}, which the configuration sets: Flink ignores this one.`;
            this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
            this.edits.drop(key, why);
            return;
        }
        const unset = this.legacy(key, this.from)?.unset;
        if (unset) {
            // The old model's "not set": the successor would read it as a value (legacy-keys.ts `unset`).
            const why = `Deprecated key of ${successor}${when}; ${unset}: removed, nothing takes its place.`;
            this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), why });
            this.edits.drop(key, why);
            return;
        }
        const why = `Deprecated key of ${successor}${when}; Flink reads it only while ${successor} is unset.`;
        this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
        this.edits.put(successor, this.value(key), `Takes the value of its deprecated key ${key}.`);
        this.edits.drop(key, why);
    }
    remove(key, before, after) {
        const gone = this.firstWhere((v) => !versionOptions(v).roles.has(key) || this.legacy(key, v)?.reading === 'removed');
        if (key === LEGACY_BUFFERS_KEY)
            return this.removeLegacyBuffers(gone);
        // A legacy heap key becomes the option `from` read it as; the 1.10 JobManager read it itself.
        const successor = before?.reading === 'ignored' ? undefined : (before?.successor ?? after?.successor);
        if (!successor) {
            const why = before?.reading === 'ignored'
                ? `Flink ${this.from} ignores it (${before.because}); Flink ${gone} does not read it.`
                : removedWhy(key, gone);
            this.removed.push({ key, value: this.value(key), in: gone, why });
            this.edits.drop(key, why);
            return;
        }
        const why = `Legacy key: Flink ${this.from} (${this.deployment}) reads it as ${successor.key}; Flink ${gone} does not read it.`;
        this.removed.push({ key, value: this.value(key), in: gone, successor: successor.key, why });
        this.edits.drop(key, why);
        this.edits.put(successor.key, successor.value, `The value Flink ${this.from} (${this.deployment}) read from ${key}.`);
    }
    /** A legacy key the target reads another way than `from` does. */
    readAnew(key, before, after) {
        const reading = (r) => r.reading === 'read-as'
            ? `as ${r.readAs}`
            : r.reading === 'read'
                ? 'as itself'
                : `not at all (${r.because})`;
        const since = this.firstWhere((v) => {
            const r = this.legacy(key, v);
            return r?.reading !== before.reading || r.readAs !== before.readAs;
        });
        const why = `Flink ${this.from} (${this.deployment}) reads it ${reading(before)}, Flink ${since} ${reading(after)}.`;
        this.readDifferently.push({ key, value: this.value(key), ...(since && { in: since }), why });
    }
    /** The legacy buffer count becomes a fixed network size, where it sized the network. */
    removeLegacyBuffers(gone) {
        const key = LEGACY_BUFFERS_KEY;
        const bytes = usesLegacyBuffers(this.config, this.from)
            ? legacyNetworkBytes(this.config, this.from)
            : undefined;
        if (bytes === undefined) {
            const why = `Flink ${this.from} ignores it while network min, max or fraction is set; Flink ${gone} removed it.`;
            this.removed.push({ key, value: this.value(key), in: gone, why });
            this.edits.drop(key, why);
            return;
        }
        const successor = 'taskmanager.memory.network.min';
        const why = `Legacy buffer count: Flink ${this.from} sizes the network as buffers \u00d7 segment size (${sizeValue(bytes)}); Flink ${gone} removed it.`;
        this.removed.push({ key, value: this.value(key), in: gone, successor, why });
        this.edits.drop(key, why);
        const fixed = `The network size the legacy buffer count gave, as a fixed range.`;
        this.edits.put(successor, sizeValue(bytes), fixed);
        this.edits.put('taskmanager.memory.network.max', sizeValue(bytes), fixed);
    }
    /**
     * State backend names that a version on the way reads as another backend, one entry per change;
     * heap backends the target no longer knows become hashmap.
     */
    backends() {
        const loads = (name) => name === 'custom'
            ? 'no backend: it tries the name as a factory class and fails'
            : `the ${name} backend`;
        for (const key of new Set([...stateBackendKeys(this.from), ...stateBackendKeys(this.to)])) {
            if (!this.config.has(key))
                continue;
            const value = this.value(key);
            let previous = stateBackendName(value, this.from);
            let previousVersion = this.from;
            for (const version of this.steps.slice(1)) {
                const name = stateBackendName(value, version);
                if (name === previous)
                    continue;
                const why = `Flink ${previousVersion} loads ${loads(previous)} for it, Flink ${version} ${loads(name)} (spec \u00a710.1).`;
                this.readDifferently.push({ key, value, in: version, why });
                previous = name;
                previousVersion = version;
            }
            const heap = ['jobmanager', 'filesystem', HEAP_BACKEND].includes(stateBackendName(value, this.from));
            if (heap && stateBackendName(value, this.to) === 'custom') {
                const successor = stateBackendKeys(this.to)[0];
                const why = `Flink ${this.to} does not know the name ${value}; the heap state backend is ${HEAP_BACKEND}.`;
                if (key !== successor)
                    this.edits.drop(key, why);
                this.edits.put(successor, HEAP_BACKEND, why);
            }
        }
    }
    defaults() {
        const changes = [];
        const before = versionOptions(this.from).options;
        const roles = versionOptions(this.to).roles;
        for (const option of versionOptions(this.to).options.values()) {
            const predecessor = before.get(option.key) ?? findRenamed(before, option);
            if (!predecessor || predecessor.defaultText === option.defaultText)
                continue;
            const lineage = (v) => {
                const options = versionOptions(v).options;
                return (options.get(option.key) ?? findRenamed(options, option))?.defaultText;
            };
            const since = this.firstWhere((v) => lineage(v) !== predecessor.defaultText);
            const overridden = [...this.config.keys()].some((k) => roles.get(k)?.option === option.key);
            changes.push({
                key: option.key,
                ...(predecessor.defaultText !== undefined && { before: predecessor.defaultText }),
                ...(option.defaultText !== undefined && { after: option.defaultText }),
                in: since,
                overridden,
            });
        }
        return changes;
    }
}
/** The option of an earlier version that `option` renamed (its old key is now a deprecated key). */
function findRenamed(options, option) {
    for (const key of option.deprecatedKeys) {
        const old = options.get(key);
        if (old)
            return old;
    }
    return undefined;
}
/**
 * What changes for a configuration between the version it is judged as and another: keys removed,
 * renamed (deprecated for a successor) and read differently, defaults that changed, the edits that
 * keep its meaning, and both derivations. Pure data from the option registry and the tables above.
 */
function diffVersions(request) {
    const { config, from, to } = request;
    const deployment = request.deployment ?? 'standalone';
    const b = new DiffBuilder(config, from, to, deployment);
    b.keys();
    b.backends();
    const defaults = b.defaults();
    const filesFrom = CONFIG_FILES[flinkConfReading(from)];
    const filesTo = CONFIG_FILES[flinkConfReading(to)];
    const edited = b.edits.apply(config);
    return {
        from,
        to,
        deployment,
        removed: b.removed,
        renamed: b.renamed,
        readDifferently: b.readDifferently,
        defaults,
        ...(filesFrom.join() !== filesTo.join() && { configFile: { from: filesFrom, to: filesTo } }),
        edits: {
            set: Object.fromEntries(b.edits.set),
            remove: [...b.edits.remove],
            why: Object.fromEntries(b.edits.why),
        },
        before: derive(config, { flinkVersion: from, deployment }),
        after: derive(config, { flinkVersion: to, deployment }),
        afterEdits: derive(edited, { flinkVersion: to, deployment }),
    };
}
/** The edits of `diffVersions` alone, without the derivations. */
function upgradeEdits(request) {
    const b = new DiffBuilder(request.config, request.from, request.to, request.deployment ?? 'standalone');
    b.keys();
    b.backends();
    return b.edits;
}

;// CONCATENATED MODULE: ./src/flink/flink-yaml-writer.ts
/**
 * How Flink 2.x writes a configuration as nested YAML (`YamlParserUtils.convertAndDumpYamlFromFlatMap`,
 * apache/flink flink-core): snakeyaml-engine's block dumper with the YAML 1.2 Core schema, no line
 * splitting, every value a string. Ported from snakeyaml-engine's `Emitter` (`analyzeScalar`,
 * `chooseScalarStyle`, the scalar writers) and `CoreScalarResolver`, for maps of strings only.
 */
/** snakeyaml-engine's `maxSimpleKeyLength`: longer keys are written as `? key`. */
const MAX_SIMPLE_KEY_LENGTH = 128;
const NULL_BL_T = new Set([0, 0x20, 0x09]);
const isLineBreak = (c) => c === 0x0a;
/** `Emitter.analyzeScalar`, with Unicode allowed (the dumper's default). */
function analyze(scalar) {
    if (scalar.length === 0) {
        return {
            empty: true,
            multiline: false,
            allowBlockPlain: true,
            allowSingleQuoted: true,
            allowBlock: false,
        };
    }
    let blockIndicators = scalar.startsWith('---') || scalar.startsWith('...');
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let precededByWhitespace = true;
    let followedByWhitespace = scalar.length === 1 || isNullBlTLinebr(scalar.codePointAt(1));
    let previousSpace = false;
    let previousBreak = false;
    let index = 0;
    while (index < scalar.length) {
        const c = scalar.codePointAt(index);
        const ch = String.fromCodePoint(c);
        if (index === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch))
                blockIndicators = true;
            if ((c === 0x3f || c === 0x3a) && followedByWhitespace)
                blockIndicators = true;
            if (c === 0x2d && followedByWhitespace)
                blockIndicators = true;
        }
        else {
            if (c === 0x3a && followedByWhitespace)
                blockIndicators = true;
            if (c === 0x23 && precededByWhitespace)
                blockIndicators = true;
        }
        const lineBreak = isLineBreak(c);
        if (lineBreak)
            lineBreaks = true;
        if (!(c === 0x0a || (c >= 0x20 && c <= 0x7e))) {
            const unicode = c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
            if (!unicode)
                special = true;
        }
        if (c === 0x20) {
            if (index === 0)
                leadingSpace = true;
            if (index === scalar.length - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (lineBreak) {
            if (index === 0)
                leadingBreak = true;
            if (index === scalar.length - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        index += ch.length;
        precededByWhitespace = NULL_BL_T.has(c) || lineBreak;
        followedByWhitespace = true;
        // snakeyaml-engine looks one code point past the next one here; kept as it is.
        if (index + 1 < scalar.length) {
            const next = index + String.fromCodePoint(scalar.codePointAt(index)).length;
            if (next < scalar.length)
                followedByWhitespace = NULL_BL_T.has(scalar.codePointAt(next)) || lineBreak;
        }
    }
    let allowBlockPlain = true;
    let allowSingleQuoted = true;
    let allowBlock = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        allowBlockPlain = false;
    if (trailingSpace)
        allowBlock = false;
    if (breakSpace)
        allowBlockPlain = allowSingleQuoted = false;
    if (spaceBreak || special)
        allowBlockPlain = allowSingleQuoted = allowBlock = false;
    if (blockIndicators)
        allowBlockPlain = false;
    return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted, allowBlock };
}
function isNullBlTLinebr(c) {
    return NULL_BL_T.has(c) || c === 0x0a || c === 0x0d;
}
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NULL = /^(?:~|null|Null|NULL| )$/;
const ENV = /^\$\{[ \t\n\v\f\r]*(?:\w+(?::?[-?]\w*)?)?[ \t\n\v\f\r]*\}$/;
/**
 * Whether the Core schema would read `value` written plain as a string (`CoreScalarResolver`:
 * resolvers chosen by the first character, then the ones for any character).
 */
function readsAsString(value) {
    if (value.length === 0)
        return false;
    const first = value[0];
    if ('tfTF'.includes(first) && BOOL.test(value))
        return false;
    if ('-+0123456789'.includes(first) && INT.test(value))
        return false;
    if ('-+0123456789.'.includes(first) && FLOAT.test(value))
        return false;
    if (first === 'n' && NULL.test(value))
        return false;
    if (first === '$' && ENV.test(value))
        return false;
    if (value === '<<')
        return false;
    return !NULL.test(value);
}
/** The Emitter's escapes inside double quotes. */
const ESCAPES = {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
};
function printable(c) {
    return ((c >= 0x20 && c <= 0x7e) ||
        c === 0x09 ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x85 ||
        (c >= 0xa0 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        (c >= 0x10000 && c <= 0x10ffff));
}
function doubleQuoted(text) {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        const plainAscii = ch >= 0x20 && ch <= 0x7e && ch !== 0x22 && ch !== 0x5c;
        if (plainAscii) {
            out += text[i];
            continue;
        }
        if (ESCAPES[ch] !== undefined) {
            out += `\\${ESCAPES[ch]}`;
            continue;
        }
        const code = text.codePointAt(i);
        const pair = code > 0xffff;
        if (printable(code)) {
            out += String.fromCodePoint(code);
        }
        else if (ch <= 0xff) {
            out += `\\x${ch.toString(16).padStart(2, '0')}`;
        }
        else if (pair) {
            out += `\\U${code.toString(16).padStart(8, '0')}`;
        }
        else {
            out += `\\u${ch.toString(16).padStart(4, '0')}`;
        }
        if (pair)
            i++;
    }
    return `${out}"`;
}
const singleQuoted = (text) => `'${text.replace(/'/g, "''")}'`;
/** A string scalar as the dumper writes it; `literal` values (with U+0085) need their own lines. */
function scalar(text, key) {
    const a = analyze(text);
    // The representer asks for a literal block when the string has a line break or U+0085.
    const wantsLiteral = /[\n\u0085]/.test(text);
    if (!wantsLiteral && readsAsString(text) && !(key && (a.empty || a.multiline)) && a.allowBlockPlain) {
        return { text };
    }
    if (wantsLiteral) {
        if (!key && a.allowBlock)
            return { text, literal: true };
        return { text: doubleQuoted(text) };
    }
    if (a.allowSingleQuoted && !(key && a.multiline))
        return { text: singleQuoted(text) };
    return { text: doubleQuoted(text) };
}
/** A literal block (`|-`) as `writeLiteral` lays it out, for values without line breaks. */
function literalLines(text, indent) {
    const hint = text.startsWith(' ') ? '2' : '';
    return { head: `|${hint}-`, body: ' '.repeat(indent) + text };
}
function simpleKey(key) {
    const a = analyze(key);
    return key.length < MAX_SIMPLE_KEY_LENGTH && !a.empty && !a.multiline;
}
function writeValue(lines, prefix, value, indent) {
    const v = scalar(value, false);
    if (!v.literal) {
        lines.push(`${prefix} ${v.text}`);
        return;
    }
    const { head, body } = literalLines(v.text, indent + 2);
    lines.push(`${prefix} ${head}`, body);
}
function writeMapping(lines, tree, indent, firstPrefix) {
    let first = true;
    for (const [key, value] of tree) {
        const pad = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
        first = false;
        if (simpleKey(key)) {
            const head = `${pad}${scalar(key, true).text}:`;
            if (typeof value === 'string')
                writeValue(lines, head, value, indent);
            else {
                lines.push(head);
                writeMapping(lines, value, indent + 2);
            }
            continue;
        }
        // A complex key: `? key` on its own line, then `:` and the value (`ExpectBlockMappingValue`).
        lines.push(`${pad}? ${scalar(key, false).text}`);
        const colon = `${' '.repeat(indent)}:`;
        if (typeof value === 'string')
            writeValue(lines, colon, value, indent);
        else
            writeMapping(lines, value, indent + 2, `${colon} `);
    }
}
/**
 * The lines Flink's block dumper writes for a nested map of strings: an empty map is `{}`, the
 * way snakeyaml-engine writes an empty mapping.
 */
function dumpFlinkYaml(tree) {
    if (tree.size === 0)
        return ['{}'];
    const lines = [];
    writeMapping(lines, tree, 0);
    return lines;
}

;// CONCATENATED MODULE: ./src/flink/migrate-config-file.ts





/** Java's `key.split("\\.")`: trailing empty parts dropped. */
function javaSplitDots(key) {
    const parts = key.split('.');
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function leaves(tree, prefix) {
    return [...tree].flatMap(([k, v]) => typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`));
}
/**
 * `convertAndDumpYamlFromFlatMap`'s nesting, in the flat map's order: a key under a path that
 * holds a value fails (`ClassCastException`); a value put where a mapping is replaces it.
 */
function nest(entries) {
    const tree = new Map();
    const owners = new Map();
    const dropped = [];
    for (const [key, value] of entries) {
        const parts = javaSplitDots(key);
        if (parts.length === 0) {
            return {
                key,
                reason: `The key ${key} has no part between its dots: Java's split leaves nothing to nest (ArrayIndexOutOfBoundsException).`,
            };
        }
        let node = tree;
        let path = '';
        for (const part of parts.slice(0, -1)) {
            path = path === '' ? part : `${path}.${part}`;
            const child = node.get(part);
            if (typeof child === 'string') {
                return {
                    key,
                    reason: `${owners.get(path) ?? path} holds a value where ${key} needs a mapping (ClassCastException in YamlParserUtils.convertAndDumpYamlFromFlatMap).`,
                };
            }
            if (child)
                node = child;
            else {
                const created = new Map();
                node.set(part, created);
                node = created;
            }
        }
        const last = parts[parts.length - 1];
        const existing = node.get(last);
        if (existing !== undefined && typeof existing !== 'string')
            dropped.push(...leaves(existing, `${key}.`));
        node.set(last, value);
        owners.set(parts.join('.'), key);
    }
    return { tree, dropped };
}
function apply(flat, answer, changes) {
    if (!answer.feasible)
        return;
    for (const key of answer.remove)
        flat.delete(key);
    for (const [key, value] of Object.entries(answer.set))
        flat.set(key, value);
    Object.assign(changes, answer.why);
}
/** The TaskManager task heap and managed memory and the JobManager heap of `from`, solved for on `to`. */
function keepSizes(original, flat, upgrade, changes) {
    const { from, to } = upgrade;
    const deployment = upgrade.deployment ?? 'standalone';
    const sizes = {};
    const options = { flinkVersion: from, deployment };
    const tm = derive_deriveTaskManager(original, options);
    const onTarget = { flinkVersion: to, deployment };
    const tmAfter = derive_deriveTaskManager(flat, onTarget);
    // Where the target already derives the same sizes, there is nothing to keep.
    const tmKept = tm.ok &&
        tmAfter.ok &&
        tmAfter.memory.taskHeap === tm.memory.taskHeap &&
        tmAfter.memory.managed === tm.memory.managed;
    if (tm.ok && !tmKept) {
        // Whole targets: per-slot ones would round the managed memory up to a multiple of the slots.
        sizes.taskmanager = solveSizing({
            version: to,
            deployment,
            process: 'taskmanager',
            config: flat,
            ...(tm.numSlots !== undefined && { slots: tm.numSlots }),
            targets: { taskHeap: tm.memory.taskHeap, managed: tm.memory.managed },
        });
        apply(flat, sizes.taskmanager, changes);
    }
    const jm = deriveJobManager(original, options);
    const jmAfter = deriveJobManager(flat, onTarget);
    if (jm.ok && !(jmAfter.ok && jmAfter.memory.jvmHeap === jm.memory.jvmHeap)) {
        sizes.jobmanager = solveSizing({
            version: to,
            deployment,
            process: 'jobmanager',
            config: flat,
            targets: { heap: jm.memory.jvmHeap },
        });
        apply(flat, sizes.jobmanager, changes);
    }
    return sizes;
}
/**
 * What Flink 2.x's `bin/migrate-config-file.sh` makes of a `flink-conf.yaml` (apache/flink
 * `ConfigurationFileMigrationUtils`, `ConfigurationUtils.convertConfigToWritableLines`,
 * `YamlParserUtils.convertAndDumpYamlFromFlatMap`): the legacy parser's entries (later lines win,
 * each key where it first appeared) go through a `HashMap`, every value stays a string, dotted
 * keys become nested mappings, and the dump is written as `config.yaml`. Lists and maps are not
 * converted: `a;b;c` stays a string, which Flink's list options still read.
 */
function migrateConfigFile(entries, options = {}) {
    let flat = new Map();
    for (const { key, value } of entries)
        flat.set(key, value);
    const changes = {};
    let sizes;
    const { upgrade } = options;
    if (upgrade) {
        const original = new Map(flat);
        const edits = upgradeEdits({
            config: original,
            from: upgrade.from,
            to: upgrade.to,
            deployment: upgrade.deployment,
        });
        flat = new Map([...edits.apply(original)].map(([k, v]) => [k, String(v)]));
        Object.assign(changes, Object.fromEntries(edits.why));
        if (upgrade.keepSizes)
            sizes = keepSizes(original, flat, upgrade, changes);
    }
    const order = javaHashMapOrder([...flat.keys()]);
    const ordered = order.map((key) => [key, flat.get(key)]);
    const base = { entries: ordered, changes, ...(sizes && { sizes }) };
    const nested = nest(ordered);
    if ('reason' in nested)
        return { ok: false, ...base, reason: nested.reason, key: nested.key };
    const lines = dumpFlinkYaml(nested.tree);
    return { ok: true, ...base, text: `${lines.join('\n')}\n`, dropped: nested.dropped };
}

;// CONCATENATED MODULE: ./src/flink/size-style.ts


/** Flink's binary units by power of 1024 (`MemorySize.MemoryUnit`), each spelling it accepts. */
const POWERS = {
    b: 0,
    bytes: 0,
    k: 1,
    kb: 1,
    kibibytes: 1,
    m: 2,
    mb: 2,
    mebibytes: 2,
    g: 3,
    gb: 3,
    gibibytes: 3,
    t: 4,
    tb: 4,
    tebibytes: 4,
};
/** The same unit at another power, spelled the way the example spells its own. */
const FAMILIES = [
    ['b', 'k', 'm', 'g', 't'],
    ['bytes', 'kb', 'mb', 'gb', 'tb'],
    ['bytes', 'kibibytes', 'mebibytes', 'gibibytes', 'tebibytes'],
];
/** Kubernetes binary suffixes by power of 1024 (`resource.memory` takes them too). */
const KUBERNETES = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
function caseLike(unit, example) {
    return example !== '' && example === example.toUpperCase() ? unit.toUpperCase() : unit;
}
/**
 * A size written like `example` (a value as the user wrote it): the same unit where it divides the
 * size, else the same family one step down until one does, with the example's spacing and case.
 * Kubernetes quantities (`4Gi`) stay Kubernetes quantities. Without a usable example: `sizeValue`'s
 * `3072m`. The result always reads back, with `MemorySize.parse`, as exactly `bytes`.
 */
function sizeLike(bytes, example, fallback) {
    const text = example?.trim() ?? '';
    const k8s = /^\d+(Ki|Mi|Gi|Ti)$/.exec(text);
    if (k8s) {
        for (let power = KUBERNETES.indexOf(k8s[1]); power >= 1; power--) {
            const unit = 1024n ** BigInt(power);
            if (bytes % unit === 0n)
                return `${bytes / unit}${KUBERNETES[power]}`;
        }
        return fallback;
    }
    const flink = /^(\d+)(\s*)([a-zA-Z]+)$/.exec(text);
    if (!flink || tryParseMemorySize(text) === undefined)
        return fallback;
    const [, , space, written] = flink;
    const lower = written.toLowerCase();
    const family = FAMILIES.find((f) => f.includes(lower)) ?? FAMILIES[0];
    for (let power = POWERS[lower]; power >= 0; power--) {
        const unit = 1024n ** BigInt(power);
        if (bytes % unit !== 0n)
            continue;
        const out = `${bytes / unit}${space}${caseLike(family[power], written)}`;
        return tryParseMemorySize(out) === bytes ? out : fallback;
    }
    return fallback;
}
/** A size with a unit a file writes, that `sizeLike` can take as its example. */
const usable = (value) => typeof value === 'string' && /[a-zA-Z]\s*$/.test(value) && tryParseMemorySize(value) !== undefined;
/**
 * The size in `written` that `key`'s size is best written like: the key's own value, else the
 * first memory option of the same process, else the first memory option; sizes with a unit only.
 */
function exampleFor(key, version, written) {
    const own = key === undefined ? undefined : written.get(key);
    if (usable(own))
        return own;
    const sizes = [...written].filter((e) => usable(e[1]) && options_findOption(version, e[0])?.type === 'memory');
    const prefix = key === undefined ? undefined : key.slice(0, key.indexOf('.') + 1);
    return (sizes.find(([k]) => prefix !== undefined && k.startsWith(prefix)) ?? sizes[0])?.[1];
}
/**
 * A value for `key` in the units the configuration writes: like the key's own value, else like the
 * first memory option of the same process it sets, else like its first memory option. Values of
 * other options are returned as given. The one way sizes are written into a file: the solver's
 * fixes, policy fixes and the sentences that describe them (`sizeInSentence`) all come here.
 */
function sizeInUnitsOf(key, value, version, written) {
    if (options_findOption(version, key)?.type !== 'memory')
        return value;
    const bytes = tryParseMemorySize(value);
    if (bytes === undefined)
        return value;
    const example = exampleFor(key, version, written);
    return example === undefined ? value : sizeLike(bytes, example, value);
}
/**
 * A size in a sentence about a config (a finding's message, a fix's description): as the fix's
 * edit of the same size writes it, so that sentence and edit agree, else like the edits' first
 * memory key, else like the config's first memory option; Flink's own spelling (`4 gb`) where the
 * config writes no size with a unit.
 */
function sizeInSentence(bytes, edits, version, written) {
    const sized = Object.entries(edits).filter((e) => e[1] !== null && options_findOption(version, e[0])?.type === 'memory');
    const same = sized.find(([, v]) => tryParseMemorySize(v) === bytes);
    if (same)
        return same[1];
    const example = exampleFor(sized[0]?.[0], version, written);
    const flink = memorySizeToString(bytes);
    return example === undefined ? flink : sizeLike(bytes, example, flink);
}

;// CONCATENATED MODULE: ./src/flink/index.ts
// The door of src/flink: everything Flink itself decides, as the other stages may ask it.

































/***/ }),

/***/ 1029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _C: () => (/* binding */ applyLinks),
  O5: () => (/* reexport */ isFormatImplied),
  nf: () => (/* binding */ link_link),
  kP: () => (/* binding */ linkAlone),
  Y9: () => (/* binding */ linkFacts),
  EX: () => (/* binding */ prepareLink),
  xu: () => (/* binding */ readLinkSources)
});

// UNUSED EXPORTS: flinkImage, flinkImageVersion, resolveFlinkVersion

// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/sources/index.ts + 31 modules
var sources = __webpack_require__(6601);
;// CONCATENATED MODULE: ./src/link/name-pattern.ts
/**
 * Kustomize's target `name` and `namespace` are anchored regular expressions (kustomize
 * api/types/selector.go), written by the repository's author: matched in linear time with RE2.
 * Most are plain names, compared as text. The engine for the others is loaded by the run that has
 * a kustomization (`loadNamePatterns`), so that no other run pays for it at start-up; the link
 * stage itself is synchronous.
 */
/** A character that makes a name a pattern (Go's regexp syntax; `.` included). */
const PATTERN = /[\\^$.|?*+()[\]{}]/;
let compile;
/** Loads the pattern engine; where it is not loaded, a pattern selects only the name spelled as it. */
async function loadNamePatterns() {
    if (compile)
        return;
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    compile = (pattern) => {
        try {
            const re = RE2JS.compile(`^(?:${pattern})$`);
            return (value) => re.matches(value);
        }
        catch {
            return undefined;
        }
    };
}
/** Whether a target's name (or namespace) pattern selects `value`; one RE2 refuses selects only itself. */
function selectsName(pattern, value) {
    const matcher = PATTERN.test(pattern) ? compile?.(pattern) : undefined;
    return matcher ? matcher(value) : pattern === value;
}

;// CONCATENATED MODULE: ./src/link/repo-path.ts
/**
 * Repository paths (`/` separators, relative to the linted root) as the link stage joins them:
 * without `node:path`, so the stage runs in the browser playground too. Nothing here touches files.
 */
/** The folder of a path; `.` for a file at the root. */
function dirname(file) {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
}
/** `a/./b/../c` \u2192 `a/c`; leading `..` kept (the caller refuses paths that leave the root). */
function normalize(file) {
    const absolute = file.startsWith('/');
    const out = [];
    for (const part of file.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else if (part === '..' && absolute)
            continue;
        else
            out.push(part);
    }
    const joined = out.join('/');
    return absolute ? `/${joined}` : joined || '.';
}
function join(...parts) {
    return normalize(parts.filter((p) => p !== '').join('/'));
}

;// CONCATENATED MODULE: ./src/link/interpolate.ts
/**
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, nested defaults (`${A:-${B:-x}}`) and `$$` as Compose
 * (compose-spec/compose-spec 12-interpolation.md) and Dockerfiles (docs: Dockerfile reference,
 * "Environment replacement") substitute them. Only what the repository gives is known (a `.env`
 * file, build args): a variable with no value and no default, or a required one (`?`) without a
 * value, leaves the text unresolved (undefined), never guessed.
 */
function interpolate(text, vars = {}, depth = 0) {
    // Defaults nest (`${A:-${B:-x}}`); a hostile text nesting without end is not followed.
    if (depth > MAX_NESTING)
        return undefined;
    const known = (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
    let out = '';
    let i = 0;
    while (i < text.length) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
            continue;
        }
        if (next === '{') {
            const end = closingBrace(text, dollar + 2);
            const inner = end < 0
                ? undefined
                : /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(text.slice(dollar + 2, end));
            if (!inner)
                return undefined;
            const [, name, op, word = ''] = inner;
            const value = known(name);
            const set = value !== undefined;
            const filled = set && value !== '';
            let replaced;
            if (op === undefined)
                replaced = value;
            else if (op === ':-')
                replaced = filled ? value : interpolate(word, vars, depth + 1);
            else if (op === '-')
                replaced = set ? value : interpolate(word, vars, depth + 1);
            else if (op === ':?')
                replaced = filled ? value : undefined;
            else if (op === '?')
                replaced = set ? value : undefined;
            else if (op === ':+')
                replaced = filled ? interpolate(word, vars, depth + 1) : '';
            else
                replaced = set ? interpolate(word, vars, depth + 1) : '';
            if (replaced === undefined)
                return undefined;
            out += replaced;
            i = end + 1;
            continue;
        }
        const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1));
        if (!bare) {
            out += '$';
            i = dollar + 1;
            continue;
        }
        const value = known(bare[0]);
        if (value === undefined)
            return undefined;
        out += value;
        i = dollar + 1 + bare[0].length;
    }
    return out;
}
const MAX_NESTING = 8;
/** The `}` that closes a `${` opened before `from`, nested `${\u2026}` skipped; -1 where none does. */
function closingBrace(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/link/compose.ts



/**
 * Reads the services of a compose file as plain data: what the link stage needs to place the
 * configs they mount (volumes, memory, command, image, build, extends). Field shapes from the
 * Compose specification (docker/docs content/reference/compose-file/services.md).
 */
function readCompose(file, text, vars = {}) {
    if (!/^(?:services|include)\s*:/m.test(text))
        return undefined;
    const { yaml } = (0,sources/* parseYamlFile */.BU)(text, file);
    const services = [];
    const include = [];
    for (const document of yaml.documents) {
        const { doc, root } = document;
        for (const item of (0,sources/* mapItems */.Z9)(doc, (0,sources/* getPath */.Yn)(doc, root, 'services')))
            services.push(readService(yaml, document, item.key, item.keyNode, item.value, vars));
        // compose-spec 14-include.md: a path (short syntax), or `path` (one or a list), `env_file`, `project_directory`.
        for (const entry of (0,sources/* seqItems */.Sg)(doc, (0,sources/* getPath */.Yn)(doc, root, 'include'))) {
            const words = (node) => [(0,sources/* scalarText */.ws)(doc, node)?.text, ...(0,sources/* seqItems */.Sg)(doc, node).map((n) => (0,sources/* scalarText */.ws)(doc, n)?.text)]
                .map((w) => (w === undefined ? undefined : interpolate(w, vars)))
                .filter((w) => w !== undefined && w !== '');
            const short = (0,sources/* scalarText */.ws)(doc, entry)?.text;
            const paths = short !== undefined ? words(entry) : words((0,sources/* getPath */.Yn)(doc, entry, 'path'));
            if (paths.length === 0)
                continue;
            const included = {
                paths,
                line: (0,sources/* locationOf */.hD)(yaml, entry).line,
            };
            const envFiles = short !== undefined ? [] : words((0,sources/* getPath */.Yn)(doc, entry, 'env_file'));
            if (envFiles.length > 0)
                included.envFiles = envFiles;
            const directory = short !== undefined ? [] : words((0,sources/* getPath */.Yn)(doc, entry, 'project_directory'));
            if (directory.length > 0)
                included.projectDirectory = directory[0];
            include.push(included);
        }
    }
    if (services.length === 0 && include.length === 0)
        return undefined;
    return include.length > 0 ? { services, include } : { services };
}
const MEMORY_KEYS = [
    ['mem_limit'],
    ['mem_reservation'],
    ['deploy', 'resources', 'limits', 'memory'],
    ['deploy', 'resources', 'reservations', 'memory'],
];
function readService(yaml, document, name, keyNode, service, vars) {
    const { doc } = document;
    const line = (node) => (0,sources/* locationOf */.hD)(yaml, node).line;
    const written = (node) => {
        const text = (0,sources/* scalarText */.ws)(doc, node)?.text;
        return text === undefined ? undefined : { raw: text, value: interpolate(text, vars), line: line(node) };
    };
    const result = { name, line: line(keyNode), memory: {}, mounts: [] };
    const image = written((0,sources/* getPath */.Yn)(doc, service, 'image'));
    if (image)
        result.image = image;
    const command = (0,sources/* getPath */.Yn)(doc, service, 'command');
    const single = (0,sources/* scalarText */.ws)(doc, command)?.text;
    const list = (0,sources/* seqItems */.Sg)(doc, command).map((n) => (0,sources/* scalarText */.ws)(doc, n)?.text ?? '');
    if (single !== undefined || list.length > 0) {
        const words = single !== undefined ? single.split(/\s+/).filter(Boolean) : list;
        result.command = { words, line: line(command), text: words.join(' ') };
    }
    const build = (0,sources/* getPath */.Yn)(doc, service, 'build');
    if (build) {
        const context = written(build)?.value ?? written((0,sources/* getPath */.Yn)(doc, build, 'context'))?.value;
        const args = {};
        const argsNode = (0,sources/* getPath */.Yn)(doc, build, 'args');
        for (const item of (0,sources/* mapItems */.Z9)(doc, argsNode)) {
            const value = (0,sources/* scalarText */.ws)(doc, item.value)?.text;
            const resolved = value === undefined ? undefined : interpolate(value, vars);
            if (resolved !== undefined)
                args[item.key] = resolved;
        }
        for (const node of (0,sources/* seqItems */.Sg)(doc, argsNode)) {
            const text = (0,sources/* scalarText */.ws)(doc, node)?.text ?? '';
            const eq = text.indexOf('=');
            const resolved = eq > 0 ? interpolate(text.slice(eq + 1), vars) : undefined;
            if (resolved !== undefined)
                args[text.slice(0, eq)] = resolved;
        }
        result.build = {
            context,
            dockerfile: written((0,sources/* getPath */.Yn)(doc, build, 'dockerfile'))?.value,
            target: written((0,sources/* getPath */.Yn)(doc, build, 'target'))?.value,
            args,
            line: line(build),
        };
    }
    for (const key of MEMORY_KEYS) {
        const value = written((0,sources/* getPath */.Yn)(doc, service, ...key));
        if (value)
            result.memory[key.join('.')] = value;
    }
    for (const node of (0,sources/* seqItems */.Sg)(doc, (0,sources/* getPath */.Yn)(doc, service, 'volumes'))) {
        const mount = readMount(yaml, document, node, vars);
        if (mount)
            result.mounts.push(mount);
    }
    const extendsNode = (0,sources/* getPath */.Yn)(doc, service, 'extends');
    const base = (0,sources/* scalarText */.ws)(doc, extendsNode)?.text ?? (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, extendsNode, 'service'))?.text;
    if (base) {
        const from = written((0,sources/* getPath */.Yn)(doc, extendsNode, 'file'))?.value;
        result.extends = { service: base, line: line(extendsNode), ...(from ? { file: from } : {}) };
    }
    return result;
}
/**
 * A bind mount, short (`./conf:/opt/flink/conf[:ro]`) or long (`type: bind`, `source`, `target`).
 * Named volumes (a source that is not a path) hold nothing of the repository.
 */
function readMount(yaml, document, node, vars) {
    const { doc } = document;
    const at = (0,sources/* locationOf */.hD)(yaml, node).line;
    const short = (0,sources/* scalarText */.ws)(doc, node)?.text;
    if (short !== undefined) {
        const text = interpolate(short, vars);
        if (text === undefined)
            return undefined;
        const [source, target] = text.split(':');
        if (!target || !isHostPath(source))
            return undefined;
        return { source, target, line: at, text: short };
    }
    const type = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'type'))?.text;
    const source = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'source'))?.text;
    const target = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'target'))?.text;
    if (type !== 'bind' || source === undefined || target === undefined)
        return undefined;
    const from = interpolate(source, vars);
    const to = interpolate(target, vars);
    if (from === undefined || to === undefined)
        return undefined;
    return { source: from, target: to, line: at, text: `${source} -> ${target}` };
}
/** A host path, not a volume name: compose reads `.`/`/`/`~` prefixed sources as paths. */
const isHostPath = (source) => /^[./~]/.test(source);
/** The repository path a compose file's relative host path stands for; undefined outside the repository. */
function repositoryPath(composeFile, source) {
    if (!source.startsWith('.'))
        return undefined;
    const joined = normalize(join(dirname(composeFile), source));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/\/+$/, '') || '.';
}
/**
 * The override files Compose reads with a default compose file (compose-go cli/options.go
 * DefaultOverrideFileNames): `compose.override.yaml` beside `compose.yaml`, and so on.
 */
function overridesOf(file) {
    const match = /^(.*\/)?((?:docker-)?compose)\.ya?ml$/.exec(file);
    return match ? ['yml', 'yaml'].map((ext) => `${match[1] ?? ''}${match[2]}.override.${ext}`) : [];
}
function isOverrideFile(file) {
    return /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/.test(file);
}

;// CONCATENATED MODULE: ./src/link/dotenv.ts

/**
 * A `.env` file as Compose reads it (compose-spec/compose-go `dotenv/parser.go`): `KEY=value` or
 * `KEY: value` a line, `export ` before the key allowed, `#` lines are comments; an unquoted value
 * ends at the line's end or a `#`, trailing blanks trimmed; a single-quoted value is taken as
 * written, a double-quoted one with `\n` and `\r` unescaped; unquoted and double-quoted values
 * substitute the variables defined before them. A key alone on its line (taken from the shell) is
 * unknown here and left out.
 */
function readDotenv(text, inherited = {}) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const statement = line.startsWith('export ') ? line.slice(7).trimStart() : line;
        const match = /^([A-Za-z0-9_.]+)\s*[=:]\s*([\s\S]*)$/.exec(statement);
        if (!match)
            continue;
        const [, key, rest] = match;
        const known = { ...inherited, ...out };
        const quote = rest[0];
        if (quote === '"' || quote === "'") {
            // A quoted value may run over several lines, to its closing quote (not one escaped by `\`).
            let body = rest.slice(1);
            let end = closing(body, quote);
            while (end < 0 && i + 1 < lines.length) {
                body += `\n${lines[++i]}`;
                end = closing(body, quote);
            }
            if (end < 0)
                break;
            const value = body.slice(0, end);
            out[key] =
                quote === "'"
                    ? value
                    : (interpolate(value.replaceAll('\\n', '\n').replaceAll('\\r', '\r'), known) ?? value);
            continue;
        }
        const value = rest.split('#')[0].trimEnd();
        out[key] = interpolate(value, known) ?? value;
    }
    return out;
}
function closing(text, quote) {
    for (let i = 0; i < text.length; i++)
        if (text[i] === quote && text[i - 1] !== '\\')
            return i;
    return -1;
}

;// CONCATENATED MODULE: ./src/link/compose-env.ts



/** Included compose files followed at most (an include of an include \u2026), over the whole run. */
const MAX_INCLUDED = 200;
/** A path written in a compose file, as a repository path; undefined where it leaves the tree. */
function inTree(folder, written) {
    if (written.startsWith('/') || written.startsWith('~'))
        return undefined;
    const joined = join(folder === '.' ? '' : folder, written);
    return joined === '.' || joined === '..' || joined.startsWith('../') ? undefined : joined;
}
const envOf = (read, file) => {
    const text = file === undefined ? undefined : read(file);
    return text === undefined ? {} : readDotenv(text);
};
/**
 * Compose files with the variables Compose gives them, read again where those change anything:
 * the `.env` file of the project's folder (compose-spec 12-interpolation.md, Compose's
 * "Set environment variables" page: `.env` in the project directory defines defaults for
 * interpolation), and the files a top-level `include:` loads as projects of their own
 * (compose-spec 14-include.md: their paths relative to their own file, their own `.env` or the
 * entry's `env_file`, overridden by the including project's variables). An included file the
 * run did not load (its name or text showed nothing of Flink) is read here. Files are read only
 * through the run's reader, inside the tree.
 */
function composeProjects(files, read) {
    const out = [...files];
    if (!read || !files.some((f) => f.compose))
        return out;
    const index = new Map(out.map((f, i) => [f.path, i]));
    const varsOf = new Map();
    for (const file of files)
        if (file.compose)
            varsOf.set(file.path, envOf(read, inTree(dirname(file.path), '.env')));
    const queue = files.filter((f) => f.compose?.include).map((f) => f.path);
    let included = 0;
    const seen = new Set(queue);
    while (queue.length > 0 && included < MAX_INCLUDED) {
        const includer = queue.shift();
        const facts = out[index.get(includer)]?.compose;
        const folder = dirname(includer);
        const own = varsOf.get(includer) ?? {};
        for (const entry of facts?.include ?? [])
            for (const written of entry.paths) {
                const target = inTree(folder, written);
                if (!target || target === includer || seen.has(target) || ++included > MAX_INCLUDED)
                    continue;
                seen.add(target);
                const project = entry.projectDirectory
                    ? inTree(folder, entry.projectDirectory)
                    : dirname(target);
                const envFiles = entry.envFiles
                    ? entry.envFiles.map((f) => inTree(folder, f))
                    : [project === undefined ? undefined : inTree(project, '.env')];
                const base = Object.assign({}, ...envFiles.map((f) => envOf(read, f)));
                // The including project's variables win over the included project's own.
                varsOf.set(target, { ...base, ...own });
                if (!index.has(target)) {
                    const text = read(target);
                    const compose = text === undefined ? undefined : readCompose(target, text, varsOf.get(target));
                    if (!compose)
                        continue;
                    index.set(target, out.length);
                    out.push({ path: target, configs: [], compose });
                }
                queue.push(target);
            }
    }
    // Read again with its variables each compose file whose project defines any.
    for (const [file, vars] of varsOf) {
        if (Object.keys(vars).length === 0)
            continue;
        const at = index.get(file);
        const text = at === undefined ? undefined : read(file);
        const compose = text === undefined ? undefined : readCompose(file, text, vars);
        if (at !== undefined && compose)
            out[at] = { ...out[at], compose };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/link/version.ts


function described(what, text, read, named = text) {
    const resolved = {
        flinkVersion: read.version,
        flinkVersionSource: (read.clamped
            ? `${what} ${text} (outside 1.10\u2013${model/* NEWEST_FLINK_VERSION */.Xv}: judged as ${read.version})`
            : `${what} ${text}`).trim(),
    };
    if (read.beforeModel)
        resolved.versionBeforeMemoryModel = named;
    return resolved;
}
/**
 * The version a config is judged against, and why, from the strongest evidence: `--flink-version`,
 * `spec.flinkVersion`, a Flink image beside the config, an image or Dockerfile that runs it, the
 * settings file, the Dockerfiles of its folder, then the format.
 */
function resolveFlinkVersion(evidence, context = {}, linked = {}) {
    const override = context.override && (0,flink/* readFlinkVersion */.dN)(context.override);
    if (override && context.override)
        return described('--flink-version', context.override, override);
    if (evidence.specVersion && /^v\d+_\d+$/.test(evidence.specVersion)) {
        const spec = (0,flink/* readFlinkVersion */.dN)(evidence.specVersion);
        if (spec)
            return described('spec.flinkVersion', evidence.specVersion, spec);
    }
    // The config's own service (its image, then its build) outranks the images of the rest of its file.
    for (const other of linked.own ?? []) {
        const read = (0,flink/* readFlinkVersion */.dN)(other.version);
        if (read)
            return described('', other.source, read, other.version);
    }
    for (const image of evidence.images ?? []) {
        const tag = (0,flink/* flinkImage */.k6)(image)?.version;
        const read = tag ? (0,flink/* readFlinkVersion */.dN)(tag) : undefined;
        if (read)
            return described('image', image, read, tag);
    }
    for (const other of linked.linked ?? []) {
        const read = (0,flink/* readFlinkVersion */.dN)(other.version);
        if (read)
            return described('', other.source, read, other.version);
    }
    const configured = context.fallback && (0,flink/* readFlinkVersion */.dN)(context.fallback);
    if (configured && context.fallback)
        return described('settings flinkVersion', context.fallback, configured);
    const folder = linked.folder && (0,flink/* readFlinkVersion */.dN)(linked.folder.version);
    if (folder && linked.folder)
        return described('', linked.folder.source, folder, linked.folder.version);
    const implied = flink/* FORMAT_IMPLIED */.NA[evidence.format];
    return { flinkVersion: implied.version, flinkVersionSource: implied.reason };
}
/** Whether a version was only implied by the file's format: nothing named one. */
function isFormatImplied(source) {
    return Object.values(flink/* FORMAT_IMPLIED */.NA).some((implied) => implied.reason === source);
}

;// CONCATENATED MODULE: ./src/link/container.ts


/** The processes a container of this role runs. */
function roleProcesses(role) {
    if (role === 'both')
        return ['jobmanager', 'taskmanager'];
    return role ? [role] : [];
}
/**
 * The contexts a config runs in, from where the files place it: one per Flink version, each with
 * at most one container per process; a config mounted into two TaskManager services of different
 * sizes, or into images of two versions, is judged in each. The first is the config's own.
 */
function contexts(evidence, placements, context) {
    const groups = [];
    // A container whose image names no Flink version (an application image) runs the version the
    // other contexts name, where one does: it adds its limits, not a guess of its own.
    const named = placements.find((p) => p.versions.length > 0)?.versions ?? [];
    for (const placement of placements) {
        const versions = placement.versions.length > 0 ? placement.versions : named;
        const resolved = resolveFlinkVersion(evidence, context, placement.own ? { own: versions } : { linked: versions });
        const processes = roleProcesses(placement.container?.role);
        const limit = placement.container?.limit?.bytes ?? 'none';
        // Containers of the same process with the same limit (replicas written as services) are one context.
        let group = groups.find((g) => (0,flink/* sameVersion */.r1)(g.resolved.flinkVersion, resolved.flinkVersion) &&
            g.resolved.versionBeforeMemoryModel === resolved.versionBeforeMemoryModel &&
            processes.every((p) => !g.taken.has(p) || g.taken.get(p) === limit));
        if (!group)
            groups.push((group = { resolved, containers: [], taken: new Map() }));
        if (placement.container && !group.containers.some((c) => sameContainer(c, placement.container))) {
            group.containers.push(placement.container);
            for (const p of processes)
                group.taken.set(p, limit);
        }
    }
    const links = groups.map((g) => {
        const link = { ...g.resolved };
        if (g.containers.length > 0)
            link.containers = g.containers;
        if (groups.length > 1)
            link.contextName =
                g.containers.length > 0 ? containersName(g.containers) : `Flink ${g.resolved.flinkVersion}`;
        return link;
    });
    const [first, ...also] = links;
    if (also.length > 0)
        first.also = also;
    return first;
}
/** `compose services jobmanager, taskmanager`; each with its kind where the kinds differ (a Deployment and a StatefulSet). */
function containersName(containers) {
    const [first] = containers;
    if (containers.every((c) => c.kind === first.kind))
        return `${first.kind}${containers.length > 1 ? 's' : ''} ${containers.map((c) => c.name).join(', ')}`;
    return containers.map((c) => `${c.kind} ${c.name}`).join(', ');
}
const sameContainer = (a, b) => a.name === b.name && a.at.file === b.at.file && a.at.line === b.at.line;
/**
 * Where a linked limit is written, for people. A compose key names itself on its line
 * (`docker-compose.yml:23 mem_limit`); a workload's container is named with the reason for its role,
 * which no line of its own says (`Deployment flink-tm container tm resources.limits.memory
 * (k8s/tm.yaml:12), role from args taskmanager`).
 */
function limitSource(container, limit) {
    const { file, line, text } = limit.evidence;
    return container.roleReason === undefined
        ? `${file}:${line} ${text}`
        : `${container.kind} ${container.name} ${text} (${file}:${line}), role ${container.roleReason}`;
}
/** The memory limits linked containers put on each process they run, located where the limit is written. */
function containerLimitsOf(containers) {
    const limits = {};
    for (const container of containers) {
        const { limit, request } = container;
        if (!limit)
            continue;
        for (const process of roleProcesses(container.role)) {
            if (limits[process])
                continue;
            const value = {
                bytes: limit.bytes,
                text: limit.text,
                source: limitSource(container, limit),
                location: { file: limit.evidence.file, line: limit.evidence.line, column: limit.column ?? 1 },
            };
            if (request)
                value.requestBytes = request.bytes;
            limits[process] = value;
        }
    }
    return limits;
}
/**
 * Gives a config what the containers that run it say: the limits of each process (its own file's
 * limits first), the processes they start where each container's role is known, the replicas of
 * single-process workloads, and their image where the config names none.
 */
function runIn(config, containers) {
    config.linkedContainers = [...containers];
    // The loaded config's own maps stay as loaded: a config may be linked more than once.
    config.container = { ...containerLimitsOf(containers), ...config.container };
    if (containers.every((c) => c.role !== undefined)) {
        const processes = new Set(containers.flatMap((c) => roleProcesses(c.role)));
        config.processes = ['jobmanager', 'taskmanager'].filter((p) => processes.has(p));
    }
    if (config.replicas)
        config.replicas = { ...config.replicas };
    for (const c of containers)
        if (c.replicas !== undefined && (c.role === 'jobmanager' || c.role === 'taskmanager')) {
            config.replicas ??= {};
            config.replicas[c.role] ??= c.replicas;
        }
    const image = containers.find((c) => c.image)?.image;
    if (config.image === undefined && image !== undefined)
        config.image = image;
}

;// CONCATENATED MODULE: ./src/link/dockerfile.ts


/**
 * Reads a Dockerfile as text (it is never built or run): the `ARG`, `FROM`, `COPY` and `ADD`
 * instructions, each with its line. Syntax from moby/buildkit frontend/dockerfile/parser
 * (line continuations with the escape character, the `# escape=` directive, comments, heredocs).
 */
function readDockerfile(text) {
    const lines = text.split(/\r?\n/);
    let escape = '\\';
    const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i;
    for (const line of lines) {
        const match = directive.exec(line);
        if (match)
            escape = match[1];
        if (!/^#\s*\w+\s*=/.test(line))
            break;
    }
    const instructions = [];
    let heredoc;
    for (let i = 0; i < lines.length; i++) {
        if (heredoc) {
            const line = heredoc.strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (line === heredoc.word)
                heredoc = undefined;
            continue;
        }
        if (/^\s*(?:#.*)?$/.test(lines[i]))
            continue;
        const start = i;
        let logical = lines[i];
        while (logical.trimEnd().endsWith(escape) && i + 1 < lines.length) {
            logical = logical.trimEnd().slice(0, -1);
            i++;
            while (i < lines.length - 1 && /^\s*#/.test(lines[i]))
                i++;
            logical += ' ' + lines[i].trim();
        }
        const here = /<<(-?)["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(logical);
        if (here)
            heredoc = { word: here[2], strip: here[1] === '-' };
        const parsed = instruction(logical.trim(), start + 1);
        if (parsed)
            instructions.push(...parsed);
    }
    return { instructions };
}
/** Words of an instruction's arguments, quotes removed (shell-like, enough for image names and paths). */
function words(text) {
    const out = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}
const shortText = (text) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);
function instruction(text, line) {
    const match = /^(\w+)\s+(.*)$/s.exec(text);
    if (!match)
        return undefined;
    const op = match[1].toUpperCase();
    const rest = match[2].trim();
    const shown = shortText(`${op} ${rest}`);
    if (op === 'ARG') {
        return words(rest).map((word) => {
            const eq = word.indexOf('=');
            return eq < 0
                ? { op, line, text: shown, name: word }
                : { op, line, text: shown, name: word.slice(0, eq), value: word.slice(eq + 1) };
        });
    }
    if (op === 'FROM') {
        const args = words(rest).filter((w) => !w.startsWith('--'));
        if (args.length === 0)
            return undefined;
        const stage = args.length >= 3 && args[1].toUpperCase() === 'AS' ? args[2] : undefined;
        return [{ op, line, text: shown, image: args[0], stage }];
    }
    if (op === 'COPY' || op === 'ADD') {
        const flags = words(rest).filter((w) => w.startsWith('--'));
        let args;
        const json = rest.replace(/^(?:--\S+\s+)*/, '');
        if (json.startsWith('[')) {
            try {
                const parsed = JSON.parse(json);
                args = Array.isArray(parsed) ? parsed.map(String) : [];
            }
            catch {
                args = [];
            }
        }
        else
            args = words(json);
        if (args.length < 2 || args.some((a) => a.startsWith('<<')))
            return undefined;
        const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
        return [{ op: 'COPY', line, text: shown, sources: args.slice(0, -1), dest: args[args.length - 1], from }];
    }
    return undefined;
}
/**
 * The stages of a Dockerfile with their base images, as `docker build` would resolve them with these
 * build arguments: `FROM` sees only the `ARG`s declared before the first `FROM`, a build argument
 * replaces a declared `ARG`'s default, and `FROM <stage>` builds on that earlier stage.
 */
function dockerStages(facts, file, buildArgs = {}) {
    const globals = {};
    const argEvidence = {};
    const stages = [];
    for (const ins of facts.instructions) {
        if (ins.op === 'ARG' && stages.length === 0) {
            const given = Object.hasOwn(buildArgs, ins.name) ? buildArgs[ins.name] : undefined;
            if (given) {
                globals[ins.name] = given.value;
                argEvidence[ins.name] = given.evidence;
            }
            else if (ins.value !== undefined) {
                const value = interpolate(ins.value, globals);
                if (value !== undefined) {
                    globals[ins.name] = value;
                    argEvidence[ins.name] = { file, line: ins.line, text: ins.text };
                }
            }
        }
        if (ins.op !== 'FROM')
            continue;
        const from = { file, line: ins.line, text: ins.text };
        const used = [...ins.image.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
        const image = interpolate(ins.image, globals);
        const stage = {
            index: stages.length,
            name: ins.stage,
            image,
            evidence: [from, ...used.flatMap((name) => (argEvidence[name] ? [argEvidence[name]] : []))],
        };
        const parent = image && stages.find((s) => s.name?.toLowerCase() === image.toLowerCase());
        if (parent) {
            stage.image = parent.image;
            stage.evidence = [...parent.evidence, from];
        }
        stages.push(stage);
    }
    return stages;
}
/** The stage a build runs: `target` where given, else the last. */
function finalStage(stages, target) {
    if (target)
        return stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
    return stages[stages.length - 1];
}
/**
 * Whether a `COPY`/`ADD` from the build context puts the repository file `config` into the image,
 * and in which stage. Only copies from the build context count (not `--from` another stage or
 * image, not URLs). A folder copy holds every file under it.
 */
function copiesOf(facts, file, context, config) {
    let stage = -1;
    // The last copy wins: a later stage (the one that runs) over a build stage that copies the whole context.
    let found;
    for (const ins of facts.instructions) {
        if (ins.op === 'FROM')
            stage++;
        if (ins.op !== 'COPY' || ins.from !== undefined || stage < 0)
            continue;
        for (const source of ins.sources) {
            if (/^[a-z]+:\/\//i.test(source) || source.includes('$'))
                continue;
            // Docker refuses sources outside the build context.
            const inContext = normalize(source.replace(/^\/+/, '') || '.');
            if (inContext === '..' || inContext.startsWith('../'))
                continue;
            const where = normalize(join(context, inContext));
            if (where.startsWith('../'))
                continue;
            if (matches(where, config))
                found = { stage, evidence: { file, line: ins.line, text: ins.text } };
        }
    }
    return found;
}
function matches(source, config) {
    const base = source === '.' ? '' : source.replace(/\/+$/, '');
    if (base === '' || config === base || config.startsWith(`${base}/`))
        return true;
    if (!/[*?]/.test(base))
        return false;
    // A wildcard source (`conf/*.yaml`): Go's filepath.Match, `*` and `?` within one path segment;
    // the pattern's segments match the config's first segments (a matched folder holds the rest).
    const wanted = base.split('/');
    const parts = config.split('/');
    return wanted.length <= parts.length && wanted.every((w, i) => segmentMatches(w, parts[i]));
}
/** `*` and `?` within one segment, in time linear in pattern \u00d7 text (no regular expression to backtrack). */
function segmentMatches(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = t;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/link/helm.ts


/**
 * The Helm charts of a run, by folder: a config in a file under a `Chart.yaml`'s folder (its
 * values files, its templates) belongs to the nearest such chart.
 */
function helmCharts(files) {
    const charts = files
        .filter((f) => f.chart)
        .map((f) => ({
        ...f.chart,
        folder: f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/') + 1) : '',
    }))
        .sort((a, b) => b.folder.length - a.folder.length);
    const chartOf = (path) => charts.find((c) => path.startsWith(c.folder));
    for (const file of files) {
        const chart = file.helmValues && chartOf(file.path);
        if (!chart || chart.untaggedFlinkImage)
            continue;
        const image = (0,sources/* valuesImages */.rF)(file.helmValues).find(flink/* untaggedFlinkImage */.JY);
        if (image !== undefined)
            chart.untaggedFlinkImage = `${image} in ${file.path}`;
    }
    return chartOf;
}
/**
 * A chart's `appVersion` speaks for Flink only where it is the tag of a Flink image: in Flink's own
 * chart (named `flink`), or where the chart's values name a Flink image without a tag, which a
 * chart's templates fill with `.Chart.AppVersion` by Helm's convention (`helm create`'s
 * `{{ .Values.image.tag | default .Chart.AppVersion }}`). An application's chart carries its own
 * version there, whatever its name. Read as the image `flink:<appVersion>` would be: linked
 * evidence, after the images the config and its containers name, before the settings file.
 */
function chartVersion(chart) {
    if (!chart?.appVersion || !(chart.name.toLowerCase() === 'flink' || chart.untaggedFlinkImage))
        return [];
    const version = (0,flink/* flinkImage */.k6)(`flink:${chart.appVersion}`)?.version;
    if (!version)
        return [];
    const at = chart.location;
    const why = chart.untaggedFlinkImage ? `, the tag of ${chart.untaggedFlinkImage}` : '';
    return [
        {
            version,
            source: `Chart.yaml appVersion ${chart.appVersion} of chart ${chart.name} (${at.file}:${at.line})${why}`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/link/helm-values.ts


/**
 * The Helm side of the link stage. A chart's `values.yaml` holds its defaults; each other values
 * file of the chart (`values-prod.yaml`, `values.prod.yaml`, `values/prod.yaml`) is an environment,
 * layered over the defaults as `helm install -f <file>` layers it (`coalesce`). In each, the
 * values its templates place into a Flink config or a container's memory are followed
 * (`sources/formats/helm-template.ts`) and the values blocks it holds are read again.
 */
function planHelm(files, chartOf) {
    const plans = new Map();
    const charts = new Map();
    // The lines of the containers each template defines, in order.
    const containers = new Map();
    for (const file of files) {
        const chart = chartOf(file.path);
        if (!chart)
            continue;
        const inChart = file.path.slice(chart.folder.length);
        let group = charts.get(chart.folder);
        if (!group)
            charts.set(chart.folder, (group = { envs: [], templates: [] }));
        if (file.helmTemplate && inChart.startsWith('templates/')) {
            group.templates.push(file);
            containers.set(file.path, (file.containers ?? []).map((c) => c.container.at.line).sort((a, b) => a - b));
        }
        else if (file.helmValues && !inChart.startsWith('templates/')) {
            const values = {
                path: file.path,
                name: inChart,
                tree: tag(file.helmValues, file.path),
                configs: file.configs,
            };
            if (/^values\.ya?ml$/.test(inChart))
                group.base = values;
            else
                group.envs.push(values);
        }
    }
    for (const { base, envs, templates } of charts.values()) {
        if (!base)
            continue;
        const layered = envs.map((env) => ({ env, tree: coalesce(env.tree, base.tree) }));
        const named = (env) => `${env.name} over ${base.name}`;
        const memory = (tree) => chartMemory(templates, tree, containers);
        // The `define`s of the chart's templates and helpers, by name: the last one read wins, as in Helm.
        const defines = new Map();
        for (const template of templates)
            for (const define of template.helmTemplate.defines ?? [])
                defines.set(define.name, { file: template.path, define });
        const defaultsMemory = memory(base.tree);
        const envMemory = layered.map(({ tree }) => memory(tree));
        // Configs of the templates: in the defaults, and in each environment whose values change them.
        for (const template of templates)
            for (const config of template.configs) {
                const placements = template.helmTemplate.placements;
                const own = templateContext(template.path, config.id, placements, base.tree, defaultsMemory, defines);
                const environments = layered
                    .map(({ env, tree }, i) => templateContext(template.path, config.id, placements, tree, envMemory[i], defines, named(env)))
                    .filter((c) => !sameContext(c, own));
                plans.set(config.id, { own, environments });
            }
        // Values blocks a template places whole into one of its configs (`toYaml .Values.flinkConfiguration`).
        const placedWhole = new Map();
        for (const template of templates)
            for (const p of template.helmTemplate.placements)
                if (p.target.kind === 'map' &&
                    template.configs.some((c) => c.id.slice(template.path.length + 1).split('/', 1)[0] === String(p.document)))
                    placedWhole.set(p.path.join('.'), template.path);
        for (const values of [base, ...envs])
            for (const config of values.configs) {
                const into = config.name === undefined ? undefined : placedWhole.get(config.name);
                if (into)
                    plans.set(config.id, { environments: [], judgedIn: into });
            }
        // Values blocks: each environment reads the block again from the layered values.
        for (const config of base.configs) {
            if (config.name === undefined || placedWhole.has(config.name))
                continue;
            const environments = [];
            for (const { env, tree } of layered) {
                if (env.configs.some((c) => c.name === config.name))
                    continue;
                const context = valuesContext(config.name, tree, `${env.name} over ${base.name}`);
                if (!sameContext(context, valuesContext(config.name, base.tree)))
                    environments.push(context);
            }
            if (environments.length > 0)
                plans.set(config.id, { environments });
        }
        for (const { env, tree } of layered)
            for (const config of env.configs)
                if (config.name !== undefined && !placedWhole.has(config.name))
                    plans.set(config.id, {
                        own: valuesContext(config.name, tree, `${env.name} over ${base.name}`),
                        environments: [],
                    });
    }
    return plans;
}
/** Every node marked with the file that set it. */
function tag(node, file) {
    return node.kind === 'map'
        ? { ...node, file, entries: node.entries.map(([k, v]) => [k, tag(v, file)]) }
        : { ...node, file };
}
/**
 * An environment's values over the chart's: maps merge key by key, anything else (scalars,
 * lists, a map over a scalar or a scalar over a map) is replaced by the environment's, and a
 * `null` deletes the key. helm.sh/helm `pkg/chartutil/coalesce.go` (`coalesceValues`,
 * `CoalesceTables`): the user's file is authoritative, `delete(v, key)` where it is nil.
 */
function coalesce(over, under) {
    if (over.kind !== 'map' || under.kind !== 'map')
        return over;
    const entries = new Map();
    for (const [key, value] of under.entries)
        entries.set(key, value);
    for (const [key, value] of over.entries) {
        const below = entries.get(key);
        if (value.kind === 'scalar' && value.type === 'null')
            entries.delete(key);
        else
            entries.set(key, below ? coalesce(value, below) : value);
    }
    return { ...over, entries: [...entries] };
}
function locationOf(node) {
    const at = node.kind === 'map' ? node : (node.key ?? node);
    return { file: node.file, line: at.line, column: at.column };
}
/** A values block (`flinkConfiguration`, a map of Flink keys) read from layered values, as the loader reads it. */
function valuesContext(name, tree, contextName) {
    const path = pathNamed(tree, name);
    const node = path ? (0,sources/* valueAt */.fK)(tree, path) : undefined;
    const layer = {};
    if (path && node?.kind === 'map') {
        const all = flatten(node, '');
        // A map of Flink keys beside other keys (`flink-conf.taskmanager\u2026`): only its Flink keys (helm-values.ts).
        layer.entries =
            path[path.length - 1] === 'flinkConfiguration'
                ? all
                : all
                    .filter((e) => e.key.startsWith(KEY_PREFIX) || /^(taskmanager|jobmanager)\./.test(e.key))
                    .map((e) => ({
                    ...e,
                    key: e.key.startsWith(KEY_PREFIX) ? e.key.slice(KEY_PREFIX.length) : e.key,
                }));
    }
    const limits = (0,sources/* valuesLimits */.T)(tree, '');
    for (const limit of Object.values(limits))
        if (limit.location)
            limit.location.file = nodeFileAt(tree, limit.source) ?? tree.file;
    if (Object.keys(limits).length > 0)
        layer.container = limits;
    const images = (0,sources/* valuesImages */.rF)(tree);
    if (images[0] !== undefined)
        layer.image = images[0];
    const specVersion = (0,sources/* valuesFlinkVersion */.vV)(tree);
    return {
        ...(contextName ? { name: contextName } : {}),
        layer,
        images,
        ...(specVersion ? { specVersion } : {}),
        memory: new Map(),
    };
}
const KEY_PREFIX = 'flink-conf.';
/** The file that set the node at a dotted source path of `valuesLimits` (keys without dots). */
function nodeFileAt(tree, source) {
    return (0,sources/* valueAt */.fK)(tree, source.split('.'))?.file;
}
/** The path of keys whose dotted name is `name` (a block's name as the loader gives it). */
function pathNamed(tree, name) {
    const visit = (node, path, depth) => {
        const joined = path.join('.');
        if (path.length > 0 && joined === name)
            return path;
        if (node.kind !== 'map' || depth > 64 || (path.length > 0 && !name.startsWith(`${joined}.`)))
            return undefined;
        for (const [key, value] of node.entries) {
            const found = visit(value, [...path, key], depth + 1);
            if (found)
                return found;
        }
        return undefined;
    };
    return visit(tree, [], 0);
}
/** A map's keys flattened with dots, each value as the operator stores it (`flinkConfiguration`). */
function flatten(node, prefix, depth = 0) {
    const entries = [];
    for (const [key, value] of node.entries) {
        if (value.kind === 'map') {
            if (depth < 64)
                entries.push(...flatten(value, `${prefix}${key}.`, depth + 1));
            continue;
        }
        const text = value.kind === 'list' ? value.text : value.text;
        if (text === undefined)
            continue;
        const entry = { key: prefix + key, value: text, location: locationOf(value), origin: 'file' };
        if (value.kind === 'scalar' && value.unresolved)
            entry.unresolved = true;
        entries.push(entry);
    }
    return entries;
}
/** The memory the values give the containers of a chart's templates. */
function chartMemory(templates, tree, containers) {
    const memory = new Map();
    for (const template of templates)
        for (const placement of template.helmTemplate.placements) {
            const { target } = placement;
            if (target.kind !== 'container-memory' && !(target.kind === 'map' && target.under === 'resources'))
                continue;
            // The container whose block holds the line: the last one defined above it.
            const at = (containers.get(template.path) ?? []).filter((l) => l < placement.line).pop();
            if (at === undefined)
                continue;
            const node = (0,sources/* valueAt */.fK)(tree, placement.path);
            const key = `${template.path}:${at}`;
            const found = memory.get(key) ?? {};
            if (target.kind === 'container-memory') {
                const quantity = memoryOf(node, placement, template.path, target.which);
                if (quantity)
                    found[target.which] = quantity;
            }
            else {
                const limit = memoryOf((0,sources/* valueAt */.fK)(node, ['limits', 'memory']), undefined, template.path, 'limit');
                const request = memoryOf((0,sources/* valueAt */.fK)(node, ['requests', 'memory']), undefined, template.path, 'request');
                if (limit)
                    found.limit = limit;
                if (request)
                    found.request = request;
            }
            if (found.limit || found.request)
                memory.set(key, found);
        }
    return memory;
}
/** What the values give a config of a template: its placeholders' values, the maps placed whole into it. */
function templateContext(file, configId, placements, tree, memory, defines, name) {
    const substitutions = [];
    const inserted = [];
    const part = configId.slice(file.length + 1);
    for (const placement of placements) {
        const { target } = placement;
        const inConfig = part === String(placement.document) || part.startsWith(`${placement.document}/`);
        if (!inConfig)
            continue;
        const node = (0,sources/* valueAt */.fK)(tree, placement.path);
        if (target.kind === 'value') {
            const text = rendered(node, placement);
            if (text === undefined)
                continue;
            substitutions.push({
                line: placement.line,
                placeholder: placement.placeholder,
                text,
                whole: placement.whole,
                location: node && !isEmptyValue(node) ? locationOf(node) : { file, line: placement.line, column: 1 },
            });
        }
        else if (target.kind === 'include') {
            const found = defines.get(target.name);
            const forConfig = placement.blockKey !== undefined
                ? part === `${placement.document}/${placement.blockKey}`
                : part === String(placement.document);
            if (found && forConfig)
                inserted.push({
                    line: placement.line,
                    entries: defineEntries(found.file, found.define, tree, placement.context),
                });
        }
        else if (target.kind === 'map' && node?.kind === 'map') {
            const forConfig = placement.blockKey !== undefined
                ? part === `${placement.document}/${placement.blockKey}`
                : target.under === 'flinkConfiguration';
            if (forConfig)
                inserted.push({ line: placement.line, entries: mapEntries(node, placement.context) });
        }
    }
    const layer = {};
    if (substitutions.length > 0)
        layer.substitutions = substitutions;
    if (inserted.length > 0)
        layer.inserted = inserted;
    return { ...(name ? { name } : {}), layer, images: (0,sources/* valuesImages */.rF)(tree), memory };
}
/**
 * The `key: value` lines of a `define` placed by `include`: literal values located in the helpers
 * file, values from `.Values` on the values line; a line whose `if .Values.x` does not hold, or
 * whose value the values do not give, is left out.
 */
function defineEntries(file, define, tree, context) {
    const entries = [];
    for (const line of define.lines) {
        // Go templates' truth: empty values (false, 0, "", nil, an empty map) are false (text/template `isTrue`).
        const holds = (line.guards ?? []).every((g) => {
            const node = (0,sources/* valueAt */.fK)(tree, g.path);
            return (node !== undefined && !isEmptyValue(node)) !== (g.negate === true);
        });
        if (!holds)
            continue;
        if (line.literal !== undefined) {
            const value = context === 'yaml' ? yamlPlain(unquote(line.literal)) : line.literal;
            entries.push({ key: line.key, value, location: { file, line: line.line, column: 1 }, origin: 'file' });
            continue;
        }
        if (!line.value)
            continue;
        const node = (0,sources/* valueAt */.fK)(tree, line.value.path);
        const text = rendered(node, { ...line.value, context });
        if (text === undefined)
            continue;
        const location = node && !isEmptyValue(node) ? locationOf(node) : { file, line: line.line, column: 1 };
        entries.push({ key: line.key, value: text, location, origin: 'file' });
    }
    return entries;
}
function unquote(text) {
    return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])
        ? text.slice(1, -1)
        : text;
}
/** A map placed whole by `toYaml`: in YAML its keys flatten; in Flink's lines only flat keys read as written. */
function mapEntries(node, context) {
    if (context === 'yaml')
        return flatten(node, '');
    const entries = [];
    for (const [key, value] of node.entries) {
        if (value.kind !== 'scalar' || value.type === 'null' || value.unresolved)
            continue;
        // toYaml quotes a string YAML would read as another type; Flink's line reader keeps the quotes.
        const text = value.type === 'string' && !isPlainString(value.text) ? JSON.stringify(value.text) : value.text;
        entries.push({ key, value: text, location: locationOf(value), origin: 'file' });
    }
    return entries;
}
/** A string YAML writes without quotes: not a number, boolean or null to a YAML reader. */
function isPlainString(text) {
    return !/^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|true|false|yes|no|on|off|null|~|)$/i.test(text);
}
/** Sprig's `empty`, which `default` replaces: nil, false, 0, "" and empty maps (Masterminds/sprig `defaults.go`). */
function isEmptyValue(node) {
    if (node.kind === 'map')
        return node.entries.length === 0;
    if (node.kind === 'list')
        return node.text === '';
    if (node.type === 'null')
        return true;
    if (node.type === 'boolean')
        return node.text === 'false';
    if (node.type === 'number')
        return Number(node.text) === 0;
    return node.text === '';
}
/**
 * What Helm writes for a value: text as it is; a number as Go prints a float64, which Helm reads
 * every YAML number as (1234567 \u2192 `1.234567e+06`, helm/helm#6431, #13254); `default`'s literal
 * where the value is empty; `quote` in double quotes. Undefined where the values do not say (set
 * at install time, a map, a placeholder): the placeholder stays.
 */
function rendered(node, placement) {
    let text;
    if (!node || isEmptyValue(node))
        text = placement.fallback;
    else if (node.kind === 'scalar' && !node.unresolved)
        text = node.type === 'number' ? goFloat(Number(node.text)) : node.text;
    if (text === undefined)
        return undefined;
    if (placement.quote) {
        if ([...text].some((c) => c === '"' || c === '\\' || c < ' '))
            return undefined;
        // YAML reads the quoted text as the string; Flink's line reader keeps the quotes.
        if (!(placement.whole && placement.context === 'yaml'))
            text = `"${text}"`;
        return text;
    }
    return placement.whole && placement.context === 'yaml' ? yamlPlain(text) : text;
}
/** A plain YAML scalar as the loaders store it: integers as written, floats as Java prints a double. */
function yamlPlain(text) {
    if (/^[-+]?\d+$/.test(text))
        return String(BigInt(text));
    if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text))
        return (0,flink/* javaDoubleToString */.kx)(Number(text));
    return text;
}
/** Go's `%v` of a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`): exponent form below 1e-4 and from 1e+06 (go `strconv/ftoa.go`, shortest `%g` uses precision 6 for the switch). */
function goFloat(n) {
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
    if (n === 0)
        return Object.is(n, -0) ? '-0' : '0';
    const [mantissa, exponent] = n.toExponential().split('e');
    const exp = Number(exponent);
    if (exp < -4 || exp >= 6)
        return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    return String(n);
}
function memoryOf(node, placement, template, which) {
    const text = placement
        ? rendered(node, { ...placement, quote: false })
        : node?.kind === 'scalar' && !node.unresolved
            ? node.text
            : undefined;
    const bytes = text !== undefined ? (0,sources/* quantityBytes */.zy)(text) : undefined;
    if (text === undefined || bytes === undefined)
        return undefined;
    const at = node && !isEmptyValue(node) ? locationOf(node) : { file: template, line: placement?.line ?? 1 };
    return {
        bytes,
        text,
        evidence: {
            file: at.file,
            line: at.line,
            text: `resources.${which === 'limit' ? 'limits' : 'requests'}.memory ${text}`,
        },
    };
}
/** A template's container with the memory the values give it. */
function withValuesMemory(container, memory) {
    const given = memory.get(`${container.at.file}:${container.at.line}`);
    if (!given)
        return container;
    return {
        ...container,
        ...(given.limit && !container.limit ? { limit: given.limit } : {}),
        ...(given.request && !container.request ? { request: given.request } : {}),
    };
}
function sameContext(a, b) {
    return (JSON.stringify([a.layer, a.images, [...a.memory]], bigints) ===
        JSON.stringify([b.layer, b.images, [...b.memory]], bigints));
}
const bigints = (_key, value) => (typeof value === 'bigint' ? String(value) : value);
/**
 * A config's version evidence with what the values give: the images they name (the chart's own,
 * before its appVersion), and a template's `flinkVersion: {{ .Values.flinkVersion }}`.
 */
function valuesEvidence(evidence, values) {
    const out = { ...evidence };
    if (values.images.length > 0)
        out.images = [...values.images, ...(evidence.images ?? [])];
    const spec = evidence.specVersion;
    const sub = spec === undefined ? undefined : values.layer.substitutions?.find((s) => spec.includes(s.placeholder));
    if (spec !== undefined && sub)
        out.specVersion = sub.whole ? sub.text : spec.replace(sub.placeholder, sub.text);
    if (values.specVersion !== undefined)
        out.specVersion = values.specVersion;
    return out;
}
/** A config with what a chart's values give it in one context (`ConfigLink.layer`). */
function applyValuesLayer(config, layer) {
    let entries = layer.entries ? layer.entries.map((e) => ({ ...e })) : config.entries.map((e) => ({ ...e }));
    let problems = layer.entries ? config.problems.filter((p) => !REREAD.has(p.code)) : [...config.problems];
    const resolvedLines = new Set();
    for (const sub of layer.substitutions ?? [])
        for (const entry of entries) {
            if (entry.location.file !== config.file || entry.location.line !== sub.line)
                continue;
            if (typeof entry.value !== 'string' || !entry.value.includes(sub.placeholder))
                continue;
            let value = sub.whole
                ? sub.text
                : entry.value.includes(`${sub.placeholder} `)
                    ? entry.value.replace(`${sub.placeholder} `, sub.text)
                    : entry.value.replace(sub.placeholder, sub.text);
            if (entry.origin === 'operator' && entry.key.endsWith('.memory.process.size')) {
                // The operator reads `resource.memory` as a Kubernetes quantity (flink-deployment.ts).
                const converted = (0,sources/* operatorMemory */.WR)(value, entry.key.startsWith('jobmanager') ? 'JobManager' : 'TaskManager');
                if (converted.error)
                    problems.push({ code: 'operator-rejected', message: converted.error, location: sub.location });
                value = converted.value;
            }
            entry.value = value;
            entry.location = sub.location;
            delete entry.valueLocation;
            if (value.includes('${') && value.includes('}'))
                continue;
            delete entry.unresolved;
            resolvedLines.add(sub.line);
        }
    problems = problems.flatMap((p) => {
        if (p.location.file !== config.file)
            return [p];
        if (p.code === 'unresolved-template' && resolvedLines.has(p.location.line))
            return [];
        // What loading said of a placeholder (`spec.flinkVersion '${ .Values.v }'`), said of the value now.
        const sub = layer.substitutions?.find((s) => s.line === p.location.line && p.message.includes(`'${s.placeholder}'`));
        if (!sub)
            return [p];
        if (OPERATOR_VERSION.test(sub.text))
            return [];
        return [
            { ...p, message: p.message.replace(`'${sub.placeholder}'`, `'${sub.text}'`), location: sub.location },
        ];
    });
    for (const { line, entries: added } of layer.inserted ?? []) {
        const at = entries.findIndex((e) => e.location.file === config.file && e.location.line > line);
        const copies = added.map((e) => ({ ...e }));
        entries = at < 0 ? [...entries, ...copies] : [...entries.slice(0, at), ...copies, ...entries.slice(at)];
    }
    for (const entry of entries)
        delete entry.overriddenBy;
    config.entries = (0,sources/* markOverrides */.bV)(entries);
    config.problems = problems;
    if (layer.container)
        config.container = { ...config.container, ...layer.container };
    if (layer.image !== undefined)
        config.image = layer.image;
}
/** How the operator writes `spec.flinkVersion` (flink-deployment.ts). */
const OPERATOR_VERSION = /^v\d+_\d+$/;
/** What a values block's loading noticed about its entries: read again from the layered values. */
const REREAD = new Set(['unresolved-template', 'duplicate-key', 'null-value', 'empty-key-or-value']);

;// CONCATENATED MODULE: ./src/link/kubernetes.ts




/** `FLINK_PROPERTIES` in a ConfigMap reaches a process through its environment, a config file through a volume. */
const ENV_KEY = 'FLINK_PROPERTIES';
/**
 * The Kubernetes side of the link stage. A ConfigMap's config runs in the containers, in its
 * namespace, that mount it as a volume (only the containers whose `volumeMounts` name that volume,
 * and only keys its `items` project) or read its `FLINK_PROPERTIES` into their environment; a
 * FlinkSessionJob runs on the FlinkDeployment its `spec.deploymentName` names. A name is only
 * ever compared with other names: it never becomes a path.
 */
function linkKubernetes(files) {
    const byMap = new Map();
    const deployments = new Map();
    const { namespacesOf, generatedFrom } = kustomized(files);
    for (const file of files) {
        for (const facts of file.containers ?? []) {
            const names = new Set([...facts.mounts.map((m) => m.name), ...facts.envFrom.map((e) => e.name)]);
            for (const name of names)
                for (const namespace of new Set(namespacesOf(file.path, facts.namespace))) {
                    const key = mapKey(namespace, name);
                    let list = byMap.get(key);
                    if (!list)
                        byMap.set(key, (list = []));
                    list.push({ path: file.path, facts });
                }
        }
        for (const config of file.configs) {
            const ref = config.kubernetes;
            if (ref?.flinkDeployment === undefined)
                continue;
            const key = mapKey(ref.namespace, ref.flinkDeployment);
            // The first one found stands: two resources of one name and namespace cannot both be applied.
            if (!deployments.has(key))
                deployments.set(key, { name: ref.flinkDeployment, path: file.path, evidence: config.evidence });
        }
    }
    const links = new Map();
    for (const file of files)
        for (const config of file.configs) {
            const own = config.kubernetes;
            // A ConfigMap written in a file, in each namespace it is built into; or one generated from the file.
            const refs = own?.configMap
                ? namespacesOf(file.path, own.namespace).map((namespace) => ({ ...own, namespace }))
                : generatedFrom(file.path);
            if (refs.length > 0) {
                const users = unique(refs.flatMap((r) => nearest(file.path, (byMap.get(mapKey(r.namespace, r.configMap.name)) ?? []).filter((u) => runs(u.facts, r)))));
                if (users.length > 0)
                    links.set(config.id, { containers: users.map((u) => u.facts.container) });
            }
            else if (own?.sessionJobOf) {
                const deployment = deployments.get(mapKey(own.namespace, own.sessionJobOf.name));
                links.set(config.id, deployment
                    ? { deployment }
                    : {
                        problems: [
                            {
                                code: 'unlinked',
                                message: `FlinkDeployment ${own.sessionJobOf.name} (spec.deploymentName) is not in the linted files in namespace ${own.namespace}: the session job's Flink version and cluster are unknown`,
                                location: own.sessionJobOf.location,
                            },
                        ],
                    });
            }
        }
    return links;
}
/** Each container once, in the order found. */
const unique = (placed) => [...new Set(placed)];
const mapKey = (namespace, name) => `${namespace}\0${name}`;
/** Deepest chain of kustomizations followed (overlay \u2192 base \u2192 \u2026); a cycle stops at a folder seen before. */
const MAX_KUSTOMIZE_DEPTH = 16;
/**
 * What kustomizations do to names. A kustomization's `namespace` is set on every resource it
 * builds: its files, the bases it lists (folders holding a kustomization, followed), and the
 * ConfigMaps it or its bases generate; so one base file may run in several namespaces, one per
 * overlay. A `configMapGenerator` makes a ConfigMap of a file; an overlay's generator of the same
 * name (`behavior: replace` or `merge`) makes its own. Files keep their own namespace too (the
 * base built alone).
 */
function kustomized(files) {
    const byFolder = new Map();
    const fileOf = new Map();
    for (const file of files)
        if (file.kustomization) {
            const folder = file.path.slice(0, Math.max(0, file.path.lastIndexOf('/')));
            byFolder.set(folder, file.kustomization);
            fileOf.set(folder, file.path);
        }
    const namespaces = new Map();
    const generated = new Map();
    const add = (map, key, value) => {
        const found = map.get(key);
        if (found instanceof Set)
            found.add(value);
        else if (found)
            found.push(value);
    };
    const build = (folder, namespace, seen, depth, overridden) => {
        const k = byFolder.get(folder);
        if (!k || seen.has(folder) || depth > MAX_KUSTOMIZE_DEPTH)
            return;
        seen.add(folder);
        // The nearest kustomization that sets a namespace wins: an overlay's over its base's.
        const ns = namespace ?? k.namespace;
        // The ConfigMaps it writes itself (generator literals) are built into the overlays' namespaces too.
        const own = fileOf.get(folder);
        if (own && ns && depth > 0) {
            if (!namespaces.has(own))
                namespaces.set(own, new Set());
            add(namespaces, own, ns);
        }
        for (const g of k.generated) {
            // An overlay's generator of the same name replaces this ConfigMap (`behavior: replace`), or
            // the keys it gives (`merge`): the overlay's build holds the overlay's file, not this one.
            if (overridden.some((o) => o.name === g.name && (o.behavior === 'replace' || o.keys.includes(g.key))))
                continue;
            if (!generated.has(g.path))
                generated.set(g.path, []);
            add(generated, g.path, { namespace: ns ?? sources/* DEFAULT_NAMESPACE */.oQ, configMap: { name: g.name, key: g.key } });
        }
        for (const resource of k.resources) {
            if (byFolder.has(resource))
                build(resource, ns, seen, depth + 1, [...overridden, ...(k.overrides ?? [])]);
            else if (ns) {
                if (!namespaces.has(resource))
                    namespaces.set(resource, new Set());
                add(namespaces, resource, ns);
            }
        }
    };
    for (const folder of byFolder.keys())
        build(folder, undefined, new Set(), 0, []);
    return {
        namespacesOf: (path, own) => [own, ...(namespaces.get(path) ?? [])],
        generatedFrom: (path) => generated.get(path) ?? [],
    };
}
/** Whether the container reads this ConfigMap key: a config file through a mounted volume, `FLINK_PROPERTIES` through its environment. */
function runs(container, ref) {
    const { name, key } = ref.configMap;
    if (key === ENV_KEY)
        return container.envFrom.some((e) => e.name === name && e.key === key);
    return container.mounts.some((m) => m.name === name && (m.keys === undefined || m.keys.includes(key)));
}
/**
 * The containers nearest the config: those in its own file, else those whose file shares the
 * longest folder with it (one ConfigMap name reused by several overlays or environments).
 */
function nearest(path, users) {
    if (users.length === 0)
        return users;
    const same = users.filter((u) => u.path === path);
    if (same.length > 0)
        return same;
    const shared = (other) => {
        const a = path.split('/').slice(0, -1);
        const b = other.split('/').slice(0, -1);
        let n = 0;
        while (n < a.length && n < b.length && a[n] === b[n])
            n++;
        return n;
    };
    const best = Math.max(...users.map((u) => shared(u.path)));
    return users.filter((u) => shared(u.path) === best);
}
/**
 * The version of a config that runs elsewhere: on a FlinkDeployment (what that resource says), or
 * in containers (the config's own evidence, then their Flink images, then the chart's), with where
 * each is written.
 */
function kubernetesLink(evidence, placed, context, chart = []) {
    if (placed.deployment || !placed.containers) {
        const link = placed.deployment
            ? onDeployment(placed.deployment, context)
            : resolveFlinkVersion(evidence, context, { linked: chart });
        if (placed.problems)
            link.problems = placed.problems;
        return link;
    }
    // One context per Flink version the containers' images name (and per size of a process), as
    // for compose services: a ConfigMap mounted by 1.17 and 1.19 containers is judged under each.
    const placements = placed.containers.map((container) => ({
        container,
        versions: containerVersions([container]),
    }));
    const named = placements.some((p) => p.versions.length > 0);
    const link = contexts(evidence, named ? placements : placements.map((p) => ({ ...p, versions: [...chart] })), context);
    if (placed.problems)
        link.problems = placed.problems;
    return link;
}
function onDeployment(deployment, context) {
    const resolved = resolveFlinkVersion(deployment.evidence, context);
    if (resolved.flinkVersionSource.startsWith('--flink-version'))
        return resolved;
    return {
        ...resolved,
        flinkVersionSource: `FlinkDeployment ${deployment.name} (${deployment.path}) ${resolved.flinkVersionSource}`,
    };
}
/** The Flink images of the containers that run a config: `image flink:1.17.2 (k8s/jm.yaml:20, Deployment flink-jm container jm)`. */
function containerVersions(containers) {
    return containers.flatMap((c) => {
        const version = c.image ? (0,flink/* flinkImage */.k6)(c.image)?.version : undefined;
        if (!version || !c.image)
            return [];
        const at = c.imageEvidence ?? c.at;
        return [{ version, source: `image ${c.image} (${at.file}:${at.line}, ${c.kind} ${c.name})` }];
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/link/kustomize.ts





/**
 * Kustomize overlays, built as `kustomize build` builds them for what memory depends on: each
 * kustomization's resources (its files, and the folders of other kustomizations it lists, built
 * first), then its patches in Kustomize's order (strategic merge patches, `patches`, JSON 6902
 * patches). A resource an overlay patches is read again with the loaders: the values a patch sets
 * are located on the patch's lines, the rest on the base's. Only files the tree holds are read
 * (`TreeReader`), nothing is run, and a kustomization's paths never leave the tree.
 */
/** Deepest chain of kustomizations followed (overlay \u2192 base \u2192 \u2026); a cycle stops at a folder seen before. */
const MAX_DEPTH = 16;
/** Resources one build holds at most: a tree of kustomizations cannot make the work explode. */
const MAX_RESOURCES = 2_000;
/** Resources built over all overlays of a run at most. */
const MAX_BUILT_RESOURCES = 20_000;
/** A kustomization that changes what it builds: patches, or images. */
const changes = (k) => (k.patches?.length ?? 0) > 0 || (k.images?.length ?? 0) > 0;
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
function linkOverlays(files, context, read) {
    const result = { contexts: new Map(), patches: new Map() };
    const byFolder = new Map();
    for (const file of files)
        if (file.kustomization)
            byFolder.set(folderOf(file.path), { path: file.path, facts: file.kustomization });
    if (!read || ![...byFolder.values()].some((k) => changes(k.facts)))
        return result;
    const configsOf = new Map(files.map((f) => [f.path, f.configs]));
    const parsed = new Map();
    const parse = (path) => {
        if (!parsed.has(path)) {
            const text = read(path);
            parsed.set(path, text === undefined ? undefined : (0,sources/* parseYamlFile */.BU)(text, path).yaml);
        }
        return parsed.get(path);
    };
    const seen = new Set();
    let work = 0;
    for (const [folder, kustomization] of byFolder) {
        if (!changes(kustomization.facts))
            continue;
        const build = buildFolder(folder, byFolder, parse, new Set(), 0);
        if (!build)
            continue;
        // A tree of many overlays over large bases is built only up to a bound: the rest keep their bases' links.
        work += build.resources.length;
        if (work > MAX_BUILT_RESOURCES)
            break;
        for (const path of build.applied)
            for (const config of configsOf.get(path) ?? [])
                result.patches.set(config.id, kustomization.path);
        const name = `kustomize overlay ${folder || '.'}`;
        for (const resource of build.resources)
            if (!changesMemory(resource))
                resource.patchedBy = [];
        const containers = buildContainers(build);
        for (const resource of build.resources) {
            const loaded = reload(resource);
            for (const config of loaded.configs) {
                const ref = config.kubernetes;
                const namespace = build.namespace ?? ref?.namespace;
                const users = ref?.configMap
                    ? containers.filter((c) => runs(c.facts, ref) && c.namespace === namespace)
                    : [];
                const changed = resource.patchedBy.length > 0 || users.some((u) => u.patchedBy.length > 0);
                if (!changed)
                    continue;
                const key = `${config.id}\0${[...resource.patchedBy, ...users.flatMap((u) => u.patchedBy)].join('\0')}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                addContext(result, config.id, overlayContext(name, config, users, context));
            }
        }
        // Generated ConfigMaps: the file's own config, in the containers the overlay patched.
        for (const generated of build.generated)
            for (const config of configsOf.get(generated.path) ?? []) {
                const ref = { namespace: '', configMap: { name: generated.name, key: generated.key } };
                const namespace = build.namespace ?? sources/* DEFAULT_NAMESPACE */.oQ;
                const users = containers.filter((c) => runs(c.facts, ref) && c.namespace === namespace);
                if (!users.some((u) => u.patchedBy.length > 0))
                    continue;
                const key = `${config.id}\0${users.flatMap((u) => u.patchedBy).join('\0')}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const link = kubernetesLink(config.evidence, { containers: users.map((u) => u.facts.container) }, context);
                addContext(result, config.id, named(link, name));
            }
    }
    return result;
}
function addContext(result, id, links) {
    const list = result.contexts.get(id) ?? [];
    result.contexts.set(id, [...list, ...links]);
}
/** Each context of a link, named after the overlay (and its containers where it has several). */
function named(link, overlay) {
    const { also, ...first } = link;
    return [first, ...(also ?? [])].map((l) => ({
        ...l,
        contextName: l.contextName ? `${overlay}, ${l.contextName}` : overlay,
    }));
}
function overlayContext(overlay, config, users, context) {
    const link = users.length > 0
        ? kubernetesLink(config.evidence, { containers: users.map((u) => u.facts.container) }, context)
        : resolveFlinkVersion(config.evidence, context);
    return named(link, overlay).map((l) => ({ ...l, patched: config }));
}
/** A resource read again with the loaders, as the build has it. */
function reload(resource) {
    return (0,sources/* loadDocument */.Az)({ index: resource.index, doc: resource.doc, root: resource.root }, { path: resource.path, text: resource.text, yaml: resource.yaml });
}
/**
 * Whether the patches changed what memory depends on: the configs read from the resource (options,
 * limits, version evidence, processes) or its containers (limits, requests, roles, images,
 * replicas, what they mount). A patch of labels alone makes no overlay of its own.
 */
function changesMemory(resource) {
    if (resource.patchedBy.length === 0 || !resource.original)
        return false;
    const original = { ...resource, doc: resource.original.doc, root: resource.original.root };
    return signature(reload(original)) !== signature(reload(resource));
}
function signature({ configs, containers }) {
    return JSON.stringify([
        configs.map((c) => [
            c.entries.map((e) => [e.key, e.value]),
            c.container,
            c.evidence,
            c.processes,
            c.replicas,
        ]),
        containers.map(({ container: c, mounts, envFrom, namespace }) => [
            c.limit?.text,
            c.request?.text,
            c.role,
            c.image,
            c.replicas,
            mounts,
            envFrom,
            namespace,
        ]),
    ], (_, value) => (typeof value === 'bigint' ? value.toString() : value));
}
/** The workload containers of a build, in the namespace the build gives them. */
function buildContainers(build) {
    return build.resources.flatMap((resource) => reload(resource).containers.map((facts) => ({
        facts,
        namespace: build.namespace ?? facts.namespace,
        patchedBy: resource.patchedBy,
    })));
}
/** Builds one kustomization folder: its resources, bases built first, then its patches applied. */
function buildFolder(folder, byFolder, parse, seen, depth) {
    const kustomization = byFolder.get(folder);
    if (!kustomization || seen.has(folder) || depth > MAX_DEPTH)
        return undefined;
    seen.add(folder);
    const { facts } = kustomization;
    const build = { resources: [], generated: [], applied: new Set() };
    for (const entry of facts.resources) {
        if (build.resources.length >= MAX_RESOURCES)
            break;
        if (byFolder.has(entry)) {
            const base = buildFolder(entry, byFolder, parse, seen, depth + 1);
            if (!base)
                continue;
            build.resources.push(...base.resources);
            build.generated.push(...base.generated);
            for (const path of base.applied)
                build.applied.add(path);
            build.namespace = base.namespace;
            continue;
        }
        build.resources.push(...resourcesOf(entry, parse));
    }
    // An overlay's generator of a base's name replaces the base's ConfigMap, or the keys it gives.
    for (const override of facts.overrides ?? [])
        build.generated = build.generated.filter((g) => g.name !== override.name || (override.behavior === 'merge' && !override.keys.includes(g.key)));
    build.generated.push(...facts.generated.map(({ name, key, path }) => ({ name, key, path })));
    const patches = facts.patches ?? [];
    // Kustomize's order: strategic merge and `patches` before the namespace, JSON 6902 patches after.
    for (const patch of patches.filter((p) => !p.json6902))
        applyPatch(build, patch, kustomization.path, parse);
    if (facts.namespace)
        build.namespace = facts.namespace;
    for (const patch of patches.filter((p) => p.json6902))
        applyPatch(build, patch, kustomization.path, parse);
    for (const image of facts.images ?? [])
        for (const resource of build.resources)
            retag(resource, image);
    return build;
}
function resourcesOf(path, parse) {
    const yaml = parse(path);
    if (!yaml)
        return [];
    return yaml.documents.flatMap((document) => {
        const { doc, root } = document;
        const kind = kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'kind'));
        const name = kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'metadata', 'name'));
        if (!root || kind === undefined || name === undefined)
            return [];
        const resource = {
            path,
            yaml,
            text: yaml.text,
            index: document.index,
            doc,
            root,
            kind,
            name,
            patchedBy: [],
            owned: false,
        };
        const namespace = kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'metadata', 'namespace'));
        if (namespace !== undefined)
            resource.namespace = namespace;
        return [resource];
    });
}
const kustomize_text = (doc, node) => {
    const scalar = (0,sources/* scalarText */.ws)(doc, node);
    return scalar && !scalar.unresolved ? scalar.text : undefined;
};
/** The patch's text as YAML, each node located where it is written (inline: in the kustomization). */
function patchYaml(patch, kustomization, parse) {
    if (patch.path)
        return parse(patch.path);
    if (!patch.inline)
        return undefined;
    const { yaml } = (0,sources/* parseYamlFile */.BU)(patch.inline.text, kustomization);
    const { lines } = patch.inline;
    const counter = yaml.lineCounter;
    // Positions in the inline text, on the kustomization's lines (block scalars keep their columns).
    const shifted = Object.create(counter);
    shifted.linePos = (offset) => {
        const at = counter.linePos(offset);
        const line = lines[at.line - 1] ?? lines[lines.length - 1] ?? { line: 1, column: 1 };
        return { line: line.line, col: line.column + at.col - 1 };
    };
    return { ...yaml, lineCounter: shifted };
}
/** `name` and `namespace` of a target are anchored regular expressions (kustomize api/types/selector.go). */
function selects(pattern, value, literal) {
    if (pattern === undefined || pattern === '')
        return true;
    return literal ? pattern === value : selectsName(pattern, value ?? '');
}
function applyPatch(build, patch, kustomization, parse) {
    const yaml = patchYaml(patch, kustomization, parse);
    if (!yaml)
        return;
    const where = `${patch.location.file}:${patch.location.line}`;
    // A patch without a target selects by its own kind and metadata, spelled exactly.
    const targets = (kind, name, namespace, literal = false) => build.resources.filter((r) => (kind === undefined || r.kind === kind) &&
        selects(name, r.name, literal) &&
        (namespace === undefined || selects(namespace, r.namespace ?? build.namespace, literal)));
    const patched = (resource) => {
        own(resource, where);
        if (patch.path)
            build.applied.add(patch.path);
    };
    for (const document of yaml.documents) {
        const { doc, root } = document;
        if (!root)
            continue;
        // A list of operations is a JSON patch, a mapping a strategic merge patch (PatchTransformer.go).
        if ((0,dist/* isSeq */.oP)(root)) {
            if (!patch.target)
                continue;
            for (const resource of targets(patch.target.kind, patch.target.name, patch.target.namespace)) {
                patched(resource);
                applyJsonPatch(resource, root, yaml);
            }
            continue;
        }
        if (!(0,dist/* isMap */.jh)(root) || patch.json6902)
            continue;
        const selected = patch.target
            ? targets(patch.target.kind, patch.target.name, patch.target.namespace)
            : targets(kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'kind')), kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'metadata', 'name')), kustomize_text(doc, (0,sources/* getPath */.Yn)(doc, root, 'metadata', 'namespace')), true);
        for (const resource of selected) {
            if (!(0,dist/* isMap */.jh)(resource.root))
                continue;
            patched(resource);
            mergeMap(resource.root, root, yaml);
        }
    }
}
/** `name[:tag][@digest]`: the tag is after the last `:` that follows the last `/` (kustomize api/image `Split`). */
function splitImage(image) {
    const at = image.indexOf('@');
    const named = at >= 0 ? image.slice(0, at) : image;
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const colon = named.lastIndexOf(':');
    const split = colon > named.lastIndexOf('/') ? colon : -1;
    return {
        name: split >= 0 ? named.slice(0, split) : named,
        ...(split >= 0 ? { tag: named.slice(split + 1) } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/**
 * Kustomize's `images:` (sigs.k8s.io/kustomize api/filters/imagetag `LegacyFilter`, `updater.go`):
 * every `image` of an item of a `containers` or `initContainers` list, anywhere in a resource,
 * whose name is the entry's `name`, gets its `newName`, and `newTag` and/or `digest` in place of
 * both the tag and the digest. The new image is located on the `images:` entry.
 */
function retag(resource, entry) {
    if (resource.kind === 'CustomResourceDefinition')
        return;
    const matches = (root) => {
        const found = [];
        const walk = (node, depth) => {
            if (depth > 64)
                return;
            if ((0,dist/* isSeq */.oP)(node))
                for (const item of node.items)
                    walk(item, depth + 1);
            if (!(0,dist/* isMap */.jh)(node))
                return;
            for (const pair of node.items) {
                walk(pair.value, depth + 1);
                if (!['containers', 'initContainers'].includes(keyOf(pair)) || !(0,dist/* isSeq */.oP)(pair.value))
                    continue;
                for (const item of pair.value.items) {
                    if (!(0,dist/* isMap */.jh)(item))
                        continue;
                    const image = item.items.find((p) => keyOf(p) === 'image');
                    if (image && (0,dist/* isScalar */.jn)(image.value) && splitImage(String(image.value.value)).name === entry.name)
                        found.push(image);
                }
            }
        };
        walk(root, 0);
        return found;
    };
    if (matches(resource.root).length === 0)
        return;
    const where = `${entry.location.file}:${entry.location.line}`;
    own(resource, where);
    for (const pair of matches(resource.root)) {
        const old = splitImage(String(pair.value.value));
        let image = entry.newName ?? old.name;
        const tag = entry.newTag ?? (entry.digest ? undefined : old.tag);
        const digest = entry.digest ?? (entry.newTag ? undefined : old.digest);
        if (tag)
            image += `:${tag}`;
        if (digest)
            image += `@${digest}`;
        const value = new dist/* Scalar */.X5(image);
        value.range = [0, 0, 0];
        (0,sources/* graft */.tQ)(value, writtenAt(entry.location));
        pair.value = value;
    }
}
/** A file whose every position is one place: a value Kustomize writes, located where it is asked for. */
function writtenAt(location) {
    const { yaml } = (0,sources/* parseYamlFile */.BU)('', location.file);
    const counter = Object.create(yaml.lineCounter);
    counter.linePos = () => ({ line: location.line, col: location.column });
    return { ...yaml, lineCounter: counter };
}
/** Makes the resource's document the build's own copy, before a change where `where` says. */
function own(resource, where) {
    if (!resource.owned) {
        resource.original = { doc: resource.doc, root: resource.root };
        resource.doc = resource.doc.clone();
        resource.root = resource.doc.contents;
        resource.owned = true;
    }
    resource.patchedBy.push(where);
}
/** A copy of a patch's node, located in the patch (the patch is applied by several overlays). */
function copy(node, yaml) {
    const cloned = node.clone();
    (0,sources/* graft */.tQ)(cloned, yaml);
    return cloned;
}
const keyOf = (pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key));
const isNull = (node) => (0,dist/* isScalar */.jn)(node) && node.value === null;
/** A map's `$patch` directive (`replace`, `delete`), as strategic merge patches write them. */
function directive(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const item = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyOf(p) === '$patch');
    return item && (0,dist/* isScalar */.jn)(item.value) ? String(item.value.value) : undefined;
}
function withoutDirective(node) {
    if ((0,dist/* isMap */.jh)(node))
        node.items = node.items.filter((p) => keyOf(p) !== '$patch');
    return node;
}
/**
 * A strategic merge patch over a mapping (the Kubernetes strategic-merge-patch rules, as kyaml's
 * merge2 applies them to kinds without a schema): mappings merge key by key, `null` deletes a key,
 * `$patch: replace|delete` replace or delete a mapping, lists whose items all have a `name`
 * merge by it (containers, volumes, env; kyaml `AssociativeSequenceKeys`), other lists are
 * replaced. A value the patch sets keeps the patch's key, so it is located on the patch's line.
 */
function mergeMap(base, patch, yaml) {
    for (const item of patch.items) {
        const pair = item;
        const key = keyOf(pair);
        if (key === '$patch')
            continue;
        const index = base.items.findIndex((p) => keyOf(p) === key);
        const value = pair.value;
        const order = directive(value);
        if (isNull(value) || order === 'delete') {
            if (index >= 0)
                base.items.splice(index, 1);
            continue;
        }
        const current = index >= 0 ? base.items[index].value : undefined;
        if (order !== 'replace' && (0,dist/* isMap */.jh)(current) && (0,dist/* isMap */.jh)(value)) {
            mergeMap(current, value, yaml);
            continue;
        }
        if ((0,dist/* isSeq */.oP)(current) && (0,dist/* isSeq */.oP)(value) && mergeList(current, value, yaml))
            continue;
        const replaced = new dist/* Pair */.Rm(copy(pair.key, yaml), value ? withoutDirective(copy(value, yaml)) : value);
        if (index >= 0)
            base.items[index] = replaced;
        else
            base.items.push(replaced);
    }
}
const nameOf = (node) => {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const pair = node.items.find((p) => keyOf(p) === 'name');
    return pair && (0,dist/* isScalar */.jn)(pair.value) ? String(pair.value.value) : undefined;
};
/** Lists of named items merge by name; false where they do not (the patch's list replaces the base's). */
function mergeList(base, patch, yaml) {
    const all = [...base.items, ...patch.items];
    if (all.length === 0 || !all.every((item) => nameOf(item) !== undefined))
        return false;
    for (const item of patch.items) {
        const name = nameOf(item);
        const index = base.items.findIndex((b) => nameOf(b) === name);
        if (directive(item) === 'delete') {
            if (index >= 0)
                base.items.splice(index, 1);
        }
        else if (index >= 0)
            mergeMap(base.items[index], item, yaml);
        else
            base.items.push(withoutDirective(copy(item, yaml)));
    }
    return true;
}
/** A JSON pointer's tokens (RFC 6901: `~1` is `/`, `~0` is `~`). */
function pointer(path) {
    if (!path.startsWith('/'))
        return undefined;
    return path
        .slice(1)
        .split('/')
        .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** The node a pointer names, with the collection it sits in. */
function walk(root, tokens) {
    let node = root;
    for (const token of tokens) {
        if ((0,dist/* isMap */.jh)(node))
            node = node.items.find((p) => keyOf(p) === token)?.value;
        else if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(token))
            node = node.items[Number(token)];
        else
            return undefined;
    }
    return node ?? undefined;
}
/**
 * JSON 6902 operations (RFC 6902: add, replace, remove, copy, move; test changes nothing) on a
 * resource's document. A key an operation sets is located on the operation's `value` (or `path`).
 * An operation whose path the document lacks is left out, as it would fail the build.
 */
function applyJsonPatch(resource, operations, yaml) {
    for (const operation of operations.items) {
        if (!(0,dist/* isMap */.jh)(operation))
            continue;
        const field = (name) => operation.items.find((p) => keyOf(p) === name)?.value;
        const op = (0,dist/* isScalar */.jn)(field('op')) ? String(field('op').value) : undefined;
        const pathNode = field('path');
        const tokens = (0,dist/* isScalar */.jn)(pathNode) ? pointer(String(pathNode.value)) : undefined;
        if (!op || !tokens || tokens.length === 0)
            continue;
        const parent = walk(resource.root, tokens.slice(0, -1));
        const last = tokens[tokens.length - 1];
        let value;
        if (op === 'add' || op === 'replace') {
            const given = field('value');
            value = given ? copy(given, yaml) : undefined;
        }
        else if (op === 'copy' || op === 'move') {
            const fromNode = field('from');
            const from = (0,dist/* isScalar */.jn)(fromNode) ? pointer(String(fromNode.value)) : undefined;
            // RFC 6902 4.4: a value cannot move into itself; nor to where nothing holds it.
            const inside = from !== undefined && from.length < tokens.length && from.every((t, i) => t === tokens[i]);
            const found = from && !inside && ((0,dist/* isMap */.jh)(parent) || (0,dist/* isSeq */.oP)(parent)) ? walk(resource.root, from) : undefined;
            value = found ? found.clone() : undefined;
            if (value && op === 'move' && from)
                remove(walk(resource.root, from.slice(0, -1)), from[from.length - 1]);
        }
        if (op === 'remove') {
            remove(parent, last);
            continue;
        }
        if (!value)
            continue;
        const at = field('value') ?? pathNode;
        if ((0,dist/* isMap */.jh)(parent)) {
            const key = new dist/* Scalar */.X5(last);
            key.range = at?.range ? [...at.range] : undefined;
            (0,sources/* graft */.tQ)(key, yaml);
            const index = parent.items.findIndex((p) => keyOf(p) === last);
            if (op === 'replace' && index < 0)
                continue;
            if (index >= 0)
                parent.items[index] = new dist/* Pair */.Rm(key, value);
            else
                parent.items.push(new dist/* Pair */.Rm(key, value));
        }
        else if ((0,dist/* isSeq */.oP)(parent)) {
            const index = last === '-' ? parent.items.length : /^\d+$/.test(last) ? Number(last) : -1;
            if (index < 0 || index > parent.items.length)
                continue;
            if (op === 'replace') {
                if (index < parent.items.length)
                    parent.items[index] = value;
            }
            else
                parent.items.splice(index, 0, value);
        }
    }
}
function remove(parent, last) {
    if ((0,dist/* isMap */.jh)(parent)) {
        const index = parent.items.findIndex((p) => keyOf(p) === last);
        if (index >= 0)
            parent.items.splice(index, 1);
    }
    else if ((0,dist/* isSeq */.oP)(parent) && /^\d+$/.test(last) && Number(last) < parent.items.length)
        parent.items.splice(Number(last), 1);
}

;// CONCATENATED MODULE: ./src/link/place.ts





const MAX_EXTENDS = 10;
function placeConfigs(files) {
    const dockerfiles = new Map();
    const composeFiles = new Map();
    for (const file of files) {
        if (file.dockerfile)
            dockerfiles.set(file.path, file.dockerfile);
        if (file.compose)
            composeFiles.set(file.path, file.compose.services);
    }
    const byConfig = new Map();
    const add = (id, placement) => {
        const list = byConfig.get(id);
        if (list)
            list.push(placement);
        else
            byConfig.set(id, [placement]);
    };
    const configs = files.flatMap((f) => f.configs.map((c) => ({ ...c, file: f.path })));
    // Files Flink reads as its configuration: only these are mounted or copied into an image.
    const wholeFiles = configs.filter((c) => c.kind === 'flink-conf' || c.kind === 'config-yaml');
    const under = pathIndex(wholeFiles);
    const ownConfigs = new Map();
    for (const config of configs) {
        if (config.kind !== 'docker-compose')
            continue;
        const list = ownConfigs.get(config.file);
        if (list)
            list.push(config);
        else
            ownConfigs.set(config.file, [config]);
    }
    const buildsSeen = new Set();
    for (const [file, raw] of composeFiles) {
        if (isOverrideFile(file) &&
            ['yml', 'yaml'].some((ext) => composeFiles.has(file.replace(/\.override\.ya?ml$/, `.${ext}`))))
            continue;
        const services = project(file, raw, composeFiles);
        for (const service of services) {
            const container = containerOf(service);
            const versions = serviceVersions(service, dockerfiles);
            // Only configs under a mount's source or the build's context can be placed by this service.
            const reachable = under([
                ...[...service.mounts.values()].map((m) => m.source),
                service.build && service.build.context,
            ]);
            for (const config of reachable) {
                const mount = mountOf(service, config.file);
                if (mount)
                    add(config.id, { container: { ...container, via: mount }, versions });
                else if (service.build) {
                    const copied = builtCopy(service, dockerfiles, config.file);
                    if (copied) {
                        buildsSeen.add(`${config.id}\0${copied.dockerfile}`);
                        add(config.id, { container: { ...container, via: copied.evidence }, versions: copied.versions });
                    }
                }
            }
            // A service that sets FLINK_PROPERTIES is a config of its own: what its build and override files add.
            for (const config of ownConfigs.get(file) ?? [])
                if (config.name === service.name)
                    add(config.id, { container, versions, own: true });
        }
    }
    // A Dockerfile copies from its own folder when no compose file builds it.
    for (const [file, facts] of dockerfiles) {
        const stages = dockerStages(facts, file);
        for (const config of under([dirname(file)])) {
            if (buildsSeen.has(`${config.id}\0${file}`))
                continue;
            const copied = copiesOf(facts, file, dirname(file), config.file);
            const version = copied && stageVersion(stages[copied.stage]);
            if (copied && version)
                add(config.id, {
                    versions: [
                        {
                            ...version,
                            source: `${version.source}, which copies it in (${copied.evidence.file}:${copied.evidence.line})`,
                        },
                    ],
                });
        }
    }
    const folder = new Map();
    const finalVersions = dockerfileVersionsByFolder(dockerfiles);
    for (const config of wholeFiles) {
        if (byConfig.has(config.id))
            continue;
        const around = folderVersion(config.file, finalVersions);
        if (around)
            folder.set(config.id, around);
    }
    return { byConfig, folder };
}
/**
 * The configs at a path or anywhere under it (`.` is the whole repository), for a set of paths, in
 * the configs' own order: what a mount's source or a build context can reach, found without
 * comparing every service with every config.
 */
function pathIndex(configs) {
    const byPath = new Map();
    configs.forEach((config, i) => {
        for (let at = config.file;; at = dirname(at)) {
            const list = byPath.get(at);
            if (list)
                list.push(i);
            else
                byPath.set(at, [i]);
            if (at === '.' || at === '/' || at === '')
                break;
        }
    });
    return (paths) => {
        const found = new Set();
        for (const at of paths)
            if (at !== undefined)
                for (const i of byPath.get(normalize(at)) ?? [])
                    found.add(i);
        return [...found].sort((a, b) => a - b).map((i) => configs[i]);
    };
}
/** A compose file's services merged with its override file and what each `extends`. */
function project(file, raw, all) {
    const services = new Map(raw.map((s) => [s.name, resolveExtends(file, s, all, 0)]));
    const override = overridesOf(file).find((f) => all.has(f));
    for (const s of (override && all.get(override)) || []) {
        const over = resolveExtends(override, s, all, 0);
        const base = services.get(s.name);
        services.set(s.name, base ? mergeServices(base, over) : over);
    }
    return [...services.values()];
}
function resolveExtends(file, raw, all, depth) {
    const own = service(file, raw);
    if (!raw.extends || depth >= MAX_EXTENDS)
        return own;
    const from = raw.extends.file
        ? repositoryPath(file, raw.extends.file.startsWith('.') ? raw.extends.file : `./${raw.extends.file}`)
        : file;
    const base = from && all.get(from)?.find((s) => s.name === raw.extends?.service);
    if (!from || !base || base === raw)
        return own;
    return mergeServices(resolveExtends(from, base, all, depth + 1), own);
}
function service(file, s) {
    const at = (line, text) => ({ file, line, text });
    const result = {
        name: s.name,
        at: at(s.line, `service ${s.name}`),
        memory: {},
        mounts: new Map(),
    };
    if (s.image)
        result.image = { value: s.image.value, evidence: at(s.image.line, `image: ${s.image.raw}`) };
    if (s.command)
        result.command = { words: s.command.words, evidence: at(s.command.line, `command: ${s.command.text}`) };
    if (s.build) {
        const context = repositoryPath(file, asRelative(s.build.context ?? '.'));
        const evidence = at(s.build.line, `build: ${s.build.context ?? '.'}`);
        result.build = {
            context,
            dockerfile: context && repositoryPath(`${context}/x`, asRelative(s.build.dockerfile ?? 'Dockerfile')),
            target: s.build.target,
            args: Object.fromEntries(Object.entries(s.build.args).map(([k, v]) => [
                k,
                { value: v, evidence: at(s.build.line, `build args ${k}=${v}`) },
            ])),
            evidence,
        };
    }
    for (const [key, v] of Object.entries(s.memory))
        result.memory[key] = { raw: v.raw, value: v.value, evidence: at(v.line, key) };
    for (const m of s.mounts) {
        const source = m.source.startsWith('.') ? repositoryPath(file, m.source) : undefined;
        result.mounts.set(m.target.replace(/\/+$/, ''), {
            source,
            target: m.target.replace(/\/+$/, ''),
            evidence: at(m.line, `volume ${m.text}`),
        });
    }
    if (s.extends)
        result.extends = { service: s.extends.service, file: s.extends.file };
    return result;
}
/** A relative path as Compose reads it: `conf` and `./conf` are the same; absolute paths lead out of the repository. */
const asRelative = (p) => p.startsWith('/') || p.startsWith('~') || /^[a-z]+:\/\//i.test(p) ? '/' : p.startsWith('.') ? p : `./${p}`;
/**
 * Compose's merge (docker/docs content/reference/compose-file/merge.md): mappings merged key by
 * key, `command` and `image` replaced, `volumes` merged by container path.
 */
function mergeServices(base, over) {
    const mounts = new Map(base.mounts);
    for (const [target, m] of over.mounts)
        mounts.set(target, m);
    const build = base.build && over.build
        ? { ...base.build, ...defined(over.build), args: { ...base.build.args, ...over.build.args } }
        : (over.build ?? base.build);
    const merged = {
        name: over.name,
        at: over.at,
        memory: { ...base.memory, ...over.memory },
        mounts,
    };
    const image = over.image ?? base.image;
    const command = over.command ?? base.command;
    if (image)
        merged.image = image;
    if (command)
        merged.command = command;
    if (build)
        merged.build = build;
    return merged;
}
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** The processes a service runs, from its command (or, without one, its name), as the image's entrypoint reads it. */
function roleOf(service) {
    const words = service.command?.words ?? [service.name];
    const evidence = service.command?.evidence ?? service.at;
    // The image's entrypoint (apache/flink-docker docker-entrypoint.sh): `local` "Starting local cluster"
    // (jobmanager.sh start-foreground local, older images) runs both; `standalone-job` runs
    // standalone-job.sh, the JobManager of an application cluster only (processOf reads it so).
    if (service.command && words[0] === 'local')
        return { role: 'both', evidence };
    const process = (0,sources/* processOf */.hh)(words);
    return process ? { role: process, evidence } : undefined;
}
/** The memory limit and request of a service, as Docker reads compose-spec byte values (11-extension.md "Specifying byte values"). */
function place_memoryOf(service, keys) {
    for (const key of keys) {
        const written = service.memory[key];
        const bytes = written?.value !== undefined ? (0,sources/* dockerBytes */.st)(written.value) : undefined;
        if (!written?.value || bytes === undefined)
            continue;
        // A size from a variable names both: `512m (${JM_MEMORY:-2g})`.
        const text = written.value === written.raw ? written.raw : `${written.value} (${written.raw})`;
        return { bytes, text, evidence: written.evidence };
    }
    return undefined;
}
function containerOf(service) {
    const container = { kind: 'compose service', name: service.name, at: service.at };
    const role = roleOf(service);
    if (role) {
        container.role = role.role;
        container.roleEvidence = role.evidence;
    }
    if (service.image?.value) {
        container.image = service.image.value;
        container.imageEvidence = service.image.evidence;
    }
    const limit = place_memoryOf(service, ['deploy.resources.limits.memory', 'mem_limit']);
    if (limit)
        container.limit = limit;
    const request = place_memoryOf(service, ['deploy.resources.reservations.memory', 'mem_reservation']);
    if (request)
        container.request = request;
    return container;
}
/** The service's Flink image, then the Flink image its build's Dockerfile runs. */
function serviceVersions(service, dockerfiles) {
    const versions = [];
    const image = service.image?.value && (0,flink/* flinkImage */.k6)(service.image.value);
    if (image && service.image)
        versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
    const built = buildStages(service, dockerfiles);
    const stage = built && finalStage(built, service.build?.target);
    const version = stage && stageVersion(stage);
    if (version)
        versions.push(version);
    return versions;
}
function buildStages(service, dockerfiles) {
    const file = service.build?.dockerfile;
    const facts = file && dockerfiles.get(file);
    return facts && file ? dockerStages(facts, file, service.build?.args) : undefined;
}
/** A build whose Dockerfile copies the config into the image. */
function builtCopy(service, dockerfiles, config) {
    const file = service.build?.dockerfile;
    const facts = file && dockerfiles.get(file);
    if (!file || !facts || service.build?.context === undefined)
        return undefined;
    const copied = copiesOf(facts, file, service.build.context, config);
    if (!copied)
        return undefined;
    const stages = dockerStages(facts, file, service.build.args);
    const image = service.image?.value && (0,flink/* flinkImage */.k6)(service.image.value);
    const versions = [];
    if (image && service.image)
        versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
    const version = stageVersion(stages[copied.stage]);
    if (version)
        versions.push(version);
    return { dockerfile: file, evidence: copied.evidence, versions };
}
/** The Flink version a stage's base image names, with the `FROM` (and `ARG`) lines that say so. */
function stageVersion(stage) {
    const image = stage?.image && (0,flink/* flinkImage */.k6)(stage.image);
    if (!stage || !image)
        return undefined;
    return { version: image.version, source: stage.evidence.map(evidenceText).join(' with ') };
}
const evidenceText = (e) => `${e.file}:${e.line} ${e.text}`;
/** The mount that puts a repository file where Flink reads its configuration, if any. */
function mountOf(service, config) {
    for (const mount of service.mounts.values()) {
        if (mount.source === undefined)
            continue;
        const inside = mount.source === config
            ? mount.target
            : mount.source === '.'
                ? `${mount.target}/${config}`
                : config.startsWith(`${mount.source}/`)
                    ? `${mount.target}/${config.slice(mount.source.length + 1)}`
                    : undefined;
        if (inside && FLINK_CONF_FILE.test(inside))
            return mount.evidence;
    }
    return undefined;
}
/** The files Flink reads from its configuration folder (`flink-conf.yaml` up to 1.20, `config.yaml` from 1.19). */
const FLINK_CONF_FILE = /(?:^|\/)(?:flink-conf|config)\.ya?ml$/;
/** The version each Dockerfile's final stage names, by the Dockerfile's folder, in the files' order. */
function dockerfileVersionsByFolder(dockerfiles) {
    const byFolder = new Map();
    let order = 0;
    for (const [file, facts] of dockerfiles) {
        const version = stageVersion(finalStage(dockerStages(facts, file)));
        if (!version)
            continue;
        const where = dirname(file);
        byFolder.set(where, [...(byFolder.get(where) ?? []), { ...version, order: order++ }]);
    }
    return byFolder;
}
/**
 * Weak evidence for a config nothing places: the Flink version of the Dockerfiles in its folder and
 * the folders above it, where they all name the same minor version.
 */
function folderVersion(config, byFolder) {
    const found = [];
    for (let dir = dirname(config);; dir = dirname(dir)) {
        found.push(...(byFolder.get(dir) ?? []));
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    found.sort((a, b) => a.order - b.order);
    const minors = new Set(found.map((v) => (0,flink/* minorLineOf */.Ro)(v.version)));
    if (minors.size !== 1)
        return undefined;
    return {
        version: found[0].version,
        source: `${found[0].source} (a Dockerfile in this config's folder or above it; nothing mounts or copies the config)`,
    };
}

;// CONCATENATED MODULE: ./src/link/index.ts














const OLDEST_FLINK_VERSION = model/* FLINK_VERSIONS */.tf[0];


/**
 * What linking the files at these paths needs loaded first: the engine for Kustomize's target
 * patterns, only where a kustomization is among them (see name-pattern.ts).
 */
async function prepareLink(paths) {
    if (paths.some((p) => (0,sources/* isKustomizationFileName */.FJ)(p)))
        await loadNamePatterns();
}
/** Reads a file's text for the link stage (at load time, beside the loaders); undefined where it places nothing. */
function readLinkSources(path, text) {
    if ((0,sources/* isDockerfileName */.S2)(path))
        return { dockerfile: readDockerfile(text) };
    // A chart's values files and templates: the link stage layers and follows them (helm-values.ts).
    if ((0,sources/* isValuesFileName */.oo)(path)) {
        const helmValues = (0,sources/* readValuesTree */.Tu)(path, text);
        if (helmValues)
            return { helmValues };
    }
    if ((0,sources/* isHelmTemplatePath */.IP)(path)) {
        const helmTemplate = (0,sources/* readHelmTemplate */.Hk)(path, text);
        if (helmTemplate)
            return { helmTemplate };
    }
    const compose = readCompose(path, text);
    return compose ? { compose } : undefined;
}
/** What a loaded file tells the link stage: its configs, and what it says of other files' configs. */
function linkFacts(path, configs, sources) {
    return {
        path,
        configs: configs.map((c) => ({
            id: c.id,
            evidence: c.evidence,
            kind: c.kind,
            ...(c.name !== undefined ? { name: c.name } : {}),
            ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
            ...preModel(c),
        })),
        ...link_defined(sources),
    };
}
/** The sources that are given (an empty list of containers is none). */
function link_defined(sources) {
    const out = {};
    if (sources?.compose)
        out.compose = sources.compose;
    if (sources?.dockerfile)
        out.dockerfile = sources.dockerfile;
    if (sources?.containers && sources.containers.length > 0)
        out.containers = [...sources.containers];
    if (sources?.chart)
        out.chart = sources.chart;
    if (sources?.kustomization)
        out.kustomization = sources.kustomization;
    if (sources?.helmValues)
        out.helmValues = sources.helmValues;
    if (sources?.helmTemplate)
        out.helmTemplate = sources.helmTemplate;
    return out;
}
/** Links every config of a run, by id: each context it runs in, strongest version evidence first. */
function link_link(files, context = {}, read) {
    const links = new Map();
    // Compose files read again with their project's `.env` and what `include:` brings in.
    const placed = placeConfigs(composeProjects(files, read));
    const kubernetes = linkKubernetes(files);
    const overlays = linkOverlays(files, context, read);
    const chartOf = helmCharts(files);
    const helm = planHelm(files, chartOf);
    for (const file of files) {
        const chart = chartVersion(chartOf(file.path));
        for (const config of file.configs) {
            const onKubernetes = kubernetes.get(config.id);
            const placements = placed.byConfig.get(config.id) ?? [];
            const folder = placed.folder.get(config.id);
            const patchOf = overlays.patches.get(config.id);
            if (patchOf) {
                links.set(config.id, { ...resolveFlinkVersion(config.evidence, context), patchOf });
                continue;
            }
            const linkIn = (values) => {
                // The images a chart's values name are the config's own: before the chart's appVersion.
                const evidence = values ? valuesEvidence(config.evidence, values) : config.evidence;
                const linked = onKubernetes
                    ? kubernetesLink(evidence, values
                        ? {
                            ...onKubernetes,
                            containers: onKubernetes.containers?.map((c) => withValuesMemory(c, values.memory)),
                        }
                        : onKubernetes, context, chart)
                    : placements.length === 0
                        ? resolveFlinkVersion(evidence, context, { linked: chart, folder })
                        : contexts(evidence, placements, context);
                if (!values)
                    return linked;
                const layered = (l) => ({
                    ...l,
                    ...(Object.keys(values.layer).length > 0 ? { layer: values.layer } : {}),
                    ...(values.name
                        ? { contextName: l.contextName ? `${values.name}, ${l.contextName}` : values.name }
                        : {}),
                });
                return { ...layered(linked), ...(linked.also ? { also: linked.also.map(layered) } : {}) };
            };
            const plan = helm.get(config.id);
            const own = { ...linkIn(plan?.own), ...(plan?.judgedIn ? { judgedIn: plan.judgedIn } : {}) };
            const environments = (plan?.environments ?? []).flatMap((values) => {
                const { also, ...one } = linkIn(values);
                return [one, ...(also ?? [])];
            });
            const overlaid = overlays.contexts.get(config.id) ?? [];
            const others = [...environments, ...overlaid];
            const linked = others.length > 0 ? { ...own, also: [...(own.also ?? []), ...others] } : own;
            const keys = config.preMemoryModelKeys;
            links.set(config.id, keys && linked.also
                ? { ...memoryModel(linked, keys), also: linked.also.map((l) => memoryModel(l, keys)) }
                : keys
                    ? memoryModel(linked, keys)
                    : linked);
        }
    }
    return links;
}
function preModel(config) {
    const keys = (0,flink/* preMemoryModelKeys */.OX)(config.entries.map((e) => e.key));
    return keys.length > 0 ? { preMemoryModelKeys: [...new Set(keys)] } : {};
}
/**
 * A config written for the memory model before Flink 1.10: where the evidence names a version
 * before 1.10, or none at all, it is judged as 1.10 (the lowest supported) and said to be old.
 * Any other version, `--flink-version` included, judges it as that version.
 */
function memoryModel(link, keys) {
    if (link.versionBeforeMemoryModel)
        return { ...link, preMemoryModel: { keys, certain: true } };
    if (!isFormatImplied(link.flinkVersionSource))
        return link;
    return {
        ...link,
        flinkVersion: OLDEST_FLINK_VERSION,
        flinkVersionSource: `no version given; ${keys.join(', ')} size the memory model before Flink 1.10: judged as ${OLDEST_FLINK_VERSION}, the lowest supported`,
        preMemoryModel: { keys, certain: false },
    };
}
/**
 * A loaded config in its context: the version it runs on and, where `FLINK_PROPERTIES` extends the
 * image's default configuration file, that file as the config's base.
 */
function applyLink(loaded, context) {
    // What the file said of itself has been weighed: the config carries the outcome.
    const { evidence, appendsToImageConf, kubernetes, ...rest } = loaded;
    const { containers, also, contextName, problems, layer, judgedIn: _judgedIn, patched: _patched, patchOf: _patchOf, ...version } = context;
    const config = { ...rest, ...version };
    if (layer)
        applyValuesLayer(config, layer);
    if (containers && containers.length > 0)
        runIn(config, containers);
    if (problems)
        config.problems = [...config.problems, ...problems];
    if (contextName)
        config.contextName = contextName;
    if (appendsToImageConf)
        config.base = imageBase(config.flinkVersion, appendsToImageConf, config.entries);
    return config;
}
/**
 * A loaded config in each context it runs in: the first keeps its id, the others are named after
 * theirs. None where another config holds it whole (`judgedIn`).
 */
function applyLinks(loaded, context) {
    if (context.judgedIn !== undefined)
        return [];
    // A Kustomize patch is judged in the overlays that apply it, with the resource it patches.
    if (context.patchOf)
        return [];
    return [context, ...(context.also ?? [])].map((c, i) => {
        const config = applyLink(c.patched ?? loaded, c);
        return i === 0 ? config : { ...config, id: `${loaded.id}@${c.contextName ?? i}` };
    });
}
/** Links the configs of one file read alone (one text given to `derive`, a policy example, the playground). */
function linkAlone(path, configs, context = {}, sources) {
    const links = link_link([linkFacts(path, configs, sources)], context);
    return configs.map((c) => applyLink(c, links.get(c.id)));
}
/** The image's default configuration as entries, located at the `FLINK_PROPERTIES` that extends it. */
function imageBase(version, at, later) {
    const entries = Object.entries((0,flink/* imageDefaultConf */.jR)(version)).map(([key, value]) => ({
        key,
        value,
        location: at,
        origin: 'file',
    }));
    return {
        source: `the Flink ${version} image's default configuration file`,
        entries: (0,sources/* markOverrides */.bV)(entries, later),
    };
}


/***/ }),

/***/ 6067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ builtinPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The built-in pack: `policies/` at the package root (beside `src/` and `dist/`). */
function builtinPolicyDir() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'policies');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            throw new Error('the built-in policies folder was not found');
        dir = parent;
    }
}


/***/ }),

/***/ 7880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sS: () => (/* reexport */ settings_scope/* EMPTY_SETTINGS */.sS),
  R8: () => (/* reexport */ builtin_dir/* builtinPolicyDir */.R),
  GY: () => (/* reexport */ compilePolicies),
  wu: () => (/* reexport */ createBaseline),
  _3: () => (/* reexport */ evaluate),
  Rj: () => (/* reexport */ fingerprint),
  M5: () => (/* reexport */ loadSettings),
  nk: () => (/* reexport */ parseBaseline),
  _r: () => (/* reexport */ settings_scope/* settingsFile */._r),
  Tc: () => (/* reexport */ sortFindings)
});

// UNUSED EXPORTS: SETTINGS_FILE

// EXTERNAL MODULE: ./src/policy/settings-scope.ts
var settings_scope = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/policy/builtin-dir.ts
var builtin_dir = __webpack_require__(6067);
;// CONCATENATED MODULE: ./src/policy/compile.ts

// ajv and what compiles with it (policies, the settings file's schema) load on demand: they are
// chunks of their own in the bundle, so a run that judges nothing and reads no settings file
// (`derive`, a tree without configs) never loads them.
/** Compiles the policies of `dirs` (`loadPolicies`), loading ajv and the compiler first. */
async function compilePolicies(dirs, options = {}) {
    const { loadPolicies } = await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(856), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 647));
    return loadPolicies(dirs, options);
}
/**
 * The settings of a run (`settings.ts` `loadSettings`): the defaults, without loading ajv, where
 * there is no settings file and none was named.
 */
async function loadSettings(cwd, configFile, workspace = cwd) {
    if ((0,settings_scope/* settingsFile */._r)(cwd, configFile) === undefined)
        return { settings: settings_scope/* EMPTY_SETTINGS */.sS, problems: [] };
    return (await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 3693))).loadSettings(cwd, configFile, workspace);
}

// EXTERNAL MODULE: ./src/policy/json-text.ts
var json_text = __webpack_require__(3500);
;// CONCATENATED MODULE: ./src/policy/baseline.ts

/**
 * A baseline records accepted findings by fingerprint so that later runs report only new ones.
 * The fingerprint leaves out line numbers and the message (which holds sizes), so moving a key or
 * resizing a process does not turn an accepted finding into a new one.
 */
const BASELINE_VERSION = 1;
function fingerprint(finding) {
    const parts = [
        finding.ruleId,
        finding.file,
        finding.configId ?? '',
        finding.key ?? '',
        finding.process ?? '',
    ];
    // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
    return process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(parts.join('\0'))
        .digest('hex')
        .slice(0, 32);
}
function createBaseline(findings, tool) {
    return {
        version: BASELINE_VERSION,
        tool,
        findings: findings
            .map((f) => ({
            fingerprint: fingerprint(f),
            ruleId: f.ruleId,
            file: f.file,
            line: f.line,
            message: f.message,
        }))
            .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId)),
    };
}
/** Parses a baseline file; throws an Error with a readable message when it is not one. */
function parseBaseline(text, file) {
    const parsed = (0,json_text/* parseJsonText */.l)(text);
    if (!parsed.ok)
        throw new Error(`${file}: not a valid baseline (${parsed.message})`);
    const b = parsed.value;
    if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION || !Array.isArray(b.findings)) {
        throw new Error(`${file}: not a flink-memory-lint baseline (version ${BASELINE_VERSION})`);
    }
    // Only the fingerprint is matched on; an entry without one would break every later run.
    const bad = b.findings.findIndex((f) => typeof f?.fingerprint !== 'string');
    if (bad >= 0)
        throw new Error(`${file}: findings[${bad}] has no fingerprint string`);
    return b;
}
/** Counts per fingerprint; each accepted finding covers one current finding. */
function baselineMatcher(baseline) {
    const counts = new Map();
    for (const f of baseline?.findings ?? [])
        counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
    return (finding) => {
        const key = fingerprint(finding);
        const left = counts.get(key) ?? 0;
        if (left <= 0)
            return false;
        counts.set(key, left - 1);
        return true;
    };
}

// EXTERNAL MODULE: ./src/derive/index.ts + 1 modules
var derive = __webpack_require__(8859);
// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
;// CONCATENATED MODULE: ./src/policy/facts/memory-values.ts

const KUBERNETES_BINARY = /^\s*[0-9.]+\s*[KMGTPE]i[Bb]?\s*$/;
const DECIMAL_STYLE = /^\s*\d+\s*[KMGTPE]\s*$/;
/** A Kubernetes quantity with a decimal suffix (`4G`, `500M`, `100k`). */
const KUBERNETES_DECIMAL = /^\s*[0-9.]+\s*[kMGTPE]\s*$/;
/** Up to this many bytes, a bare number is a missing unit rather than a size in bytes. */
const MISSING_UNIT_MAX_BYTES = 1 << 20;
function memoryValueFacts(text) {
    const facts = {
        valid: true,
        unitless: /^\s*\d+\s*$/.test(text),
        kubernetesUnit: KUBERNETES_BINARY.test(text),
        decimalStyleUnit: DECIMAL_STYLE.test(text),
        missingUnit: false,
    };
    try {
        facts.bytes = Number((0,flink/* parseMemorySize */.vq)(text));
    }
    catch (err) {
        facts.valid = false;
        facts.error = err.message;
    }
    facts.missingUnit =
        facts.unitless && facts.bytes !== undefined && facts.bytes > 0 && facts.bytes <= MISSING_UNIT_MAX_BYTES;
    const suggested = facts.missingUnit
        ? BigInt(text.trim()) * MIB
        : facts.valid
            ? undefined
            : meantBytes(text);
    if (suggested !== undefined)
        facts.suggested = (0,flink/* memorySizeToString */.Vh)(suggested);
    return facts;
}
const MIB = 1n << 20n;
const BINARY_UNITS = { k: 10, m: 20, g: 30, t: 40 };
/** `512Mi`, `1.5g`, `2 gigabytes`: the whole number of bytes a binary unit (by its first letter) means. */
function meantBytes(text) {
    const m = /^\s*(\d+)(?:\.(\d+))?\s*([kmgt])[a-z]*\s*$/i.exec(text);
    if (!m)
        return undefined;
    const fraction = m[2] ?? '';
    const scaled = BigInt(m[1] + fraction) << BigInt(BINARY_UNITS[m[3].toLowerCase()]);
    const divisor = 10n ** BigInt(fraction.length);
    return scaled % divisor === 0n ? scaled / divisor : undefined;
}
/**
 * Flink derives fractions in float arithmetic, so a size people think of as round comes out a few
 * bytes off it (0.4 \u00d7 1 GiB of managed memory leaves a task heap of 256 MiB \u2212 8 bytes). Thresholds
 * compare sizes rounded to the nearest 64 KiB: below that, the difference is Flink's rounding (at
 * most about 64 bytes per GiB of Total Flink memory), not a smaller size.
 */
const ROUNDING = 64 * 1024;
function rounded(bytes) {
    return Math.round(bytes / ROUNDING) * ROUNDING;
}
/** The smallest size whose `rounded` value reaches `threshold`: what a fix must reach, exactly. */
function smallestRoundingTo(threshold) {
    const unit = BigInt(ROUNDING);
    const steps = (threshold + unit - 1n) / unit;
    return steps === 0n ? 0n : steps * unit - unit / 2n;
}

;// CONCATENATED MODULE: ./src/policy/facts/options.ts

/** The type of the option behind a key (its own, or the option it is a deprecated key of). */
function optionType(key, version) {
    const own = (0,flink/* findOption */.$K)(version, key)?.type;
    if (own)
        return own;
    for (const option of (0,flink/* optionRegistry */.tH)(version).values()) {
        if (option.fallbackKeys.some((f) => f.key === key))
            return option.type;
    }
    return undefined;
}
function typed(fact, value) {
    if (typeof value === 'bigint')
        fact.bytes = Number(value);
    else if (typeof value === 'number')
        fact.number = value;
    return fact;
}
/** Effective value of every option of the version's registry: main key, fallback keys, then the default. */
function optionFacts(config, version) {
    const out = {};
    const defaults = defaultFacts(version);
    const reader = new flink/* OptionReader */.F9(config);
    for (const [key, option] of (0,flink/* optionRegistry */.tH)(version)) {
        const by = (0,flink/* suppliedKey */._1)(config, option);
        if (by === undefined) {
            const fact = defaults.get(key);
            if (fact)
                out[key] = fact;
            continue;
        }
        let typedValue;
        try {
            typedValue = reader.get(option);
        }
        catch (err) {
            if (!(err instanceof flink/* FlinkError */.Fs))
                throw err;
        }
        const source = by === key ? 'explicit' : 'fallback';
        out[key] = typed({ value: (0,flink/* rawText */.iL)(config.get(by)), source, key: by }, typedValue);
    }
    return out;
}
/**
 * The facts of options a config leaves at their default: the same for every config of a version,
 * so built once and shared (facts are read, never changed).
 */
const DEFAULT_FACTS = new Map();
function defaultFacts(version) {
    let facts = DEFAULT_FACTS.get(version);
    if (facts)
        return facts;
    const built = new Map();
    for (const [key, option] of (0,flink/* optionRegistry */.tH)(version)) {
        if (option.defaultValue === undefined)
            continue;
        built.set(key, typed({ value: option.defaultText, source: 'default', key: undefined }, option.defaultValue));
    }
    DEFAULT_FACTS.set(version, (facts = built));
    return facts;
}
/** A raw value converted as the option's type, undefined where Flink would refuse it. */
function converted(type, value) {
    try {
        return convertValue(type, value);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/policy/facts/entries.ts



/** What a config's entries say, read against the version and mode that run them. */
function entriesFacts(entries, version, deployment, view, env, file) {
    const byKey = {};
    const list = [];
    const written = new Map();
    for (const entry of entries)
        written.set(entry.key, (written.get(entry.key) ?? 0) + (entry.origin === 'file' ? 1 : 0));
    for (const entry of entries) {
        const value = valueText(entry.value);
        const facts = {
            key: entry.key,
            value,
            type: valueType(entry.value),
            line: entry.location.line,
            column: entry.location.column,
            ...(file !== undefined && entry.location.file !== file ? { file: entry.location.file } : {}),
            origin: entry.origin,
            overridden: entry.overriddenBy !== undefined,
            duplicate: (written.get(entry.key) ?? 0) > 1,
            unresolved: entry.unresolved === true,
            memory: optionType(entry.key, version) === 'memory' && !entry.unresolved
                ? sizeFacts(entry.key, value, version)
                : undefined,
        };
        const legacy = (0,flink/* legacyKeyReading */.tT)(entry.key, value, version, deployment, view, env);
        if (legacy) {
            facts.legacy = legacyFacts(legacy, entry.key);
            if (legacy.successor && legacy.reading !== 'ignored')
                facts.replacedBy = legacy.successor;
        }
        list.push(facts);
        if (!entry.overriddenBy || !byKey[entry.key])
            byKey[entry.key] = facts;
    }
    return { byKey, list };
}
/** Smaller than this, an option's default says its sizes are bytes (`taskmanager.memory.segment-size: 32kb`). */
const BYTE_SCALE = 1n << 20n;
/** A memory size as Flink reads it; a bare number is a forgotten unit only for options sized in MiB or more. */
function sizeFacts(key, value, version) {
    const facts = memoryValueFacts(value);
    const fallback = (0,flink/* findOption */.$K)(version, key)?.defaultValue;
    if (facts.missingUnit && typeof fallback === 'bigint' && fallback > 0n && fallback < BYTE_SCALE) {
        facts.missingUnit = false;
        delete facts.suggested;
    }
    return facts;
}
function legacyFacts(legacy, key) {
    const facts = { reading: legacy.reading, effect: effect(legacy, key) };
    if (legacy.readAs)
        facts.readAs = legacy.readAs;
    if (legacy.because)
        facts.because = legacy.because;
    return facts;
}
function effect(legacy, key) {
    switch (legacy.reading) {
        case 'read':
            return 'still reads it';
        case 'read-as':
            if (legacy.unset)
                return `reads it as ${legacy.readAs}, under its old name; ${legacy.unset}`;
            return /\.heap\.(size|mb)$/.test(key)
                ? `reads it as ${legacy.readAs} for this deployment`
                : `reads it as ${legacy.readAs}, under its old name`;
        case 'ignored':
            return `ignores it (${legacy.because})`;
        case 'removed':
            return 'no longer reads it';
    }
}
function valueText(value) {
    if (typeof value === 'number')
        return (0,flink/* javaDoubleToString */.kx)(value);
    return String(value);
}
function valueType(value) {
    if (typeof value === 'bigint')
        return 'integer';
    if (typeof value === 'number')
        return 'float';
    if (typeof value === 'boolean')
        return 'boolean';
    return 'string';
}

;// CONCATENATED MODULE: ./src/policy/facts/job.ts

const DEFAULT_PARALLELISM_KEY = 'parallelism.default';
/** The source of a value nothing in the repository sets. */
const FLINK_DEFAULT = "Flink's default";
/** The jobs a config runs, as far as its file shows them. */
function jobRuntime(config, view, stateBackend, slots) {
    const assumed = {};
    const job = jobFacts(config, view, slots);
    if (job.parallelismSource === FLINK_DEFAULT)
        assumed.parallelism = {
            what: `jobs run with parallelism 1, Flink's default, as ${DEFAULT_PARALLELISM_KEY} is not declared (a job may set its own)`,
            certain: `declare ${DEFAULT_PARALLELISM_KEY}`,
        };
    if (job.cluster === 'session')
        assumed.jobs = {
            what: 'no job of this session cluster uses managed memory, though its jobs are submitted from elsewhere ' +
                '(FlinkSessionJob, the CLI, the SQL Gateway) and may use RocksDB, BATCH mode or PyFlink',
            certain: 'size managed memory for the jobs it runs',
        };
    const option = (0,flink/* runtimeModeOption */.JE)(config.flinkVersion);
    const fromArgs = (0,flink/* runtimeModeOfArgs */.oH)(job.args);
    const written = option && view.get(option.key);
    let runtimeMode = option?.default ?? 'STREAMING';
    let runtimeModeSource = FLINK_DEFAULT;
    if (fromArgs) {
        runtimeMode = fromArgs.mode;
        runtimeModeSource = `spec.job.args ${fromArgs.written}`;
    }
    else if (option && written !== undefined) {
        runtimeMode = String(written).trim().toUpperCase();
        runtimeModeSource = `${option.key}: ${String(written)}`;
    }
    // Flink's default, STREAMING, stands unless something says BATCH: a job chooses BATCH where it
    // is started (its arguments, execution.runtime-mode), and those the repository shows are read.
    // AUTOMATIC, and a Beam pipeline, run bounded jobs in BATCH mode: which mode is an assumption.
    if (runtimeMode === 'AUTOMATIC')
        assumed.runtimeMode = {
            what: `the jobs run in STREAMING mode, though with ${runtimeModeSource} a job whose sources are all bounded runs in BATCH mode`,
            certain: `declare ${option?.key ?? 'the runtime mode'}`,
        };
    if (!stateBackend.explicit)
        assumed.stateBackend = {
            what: `the state backend is ${stateBackend.value}, the default of Flink ${config.flinkVersion}, as the ` +
                'configuration declares none (a job may choose its own in its code or with SQL SET)',
            certain: `declare ${(0,flink/* stateBackendKeys */.Ug)(config.flinkVersion)[0]}`,
        };
    return { job, runtimeMode, runtimeModeSource, assumed };
}
function jobFacts(config, view, slots) {
    const spec = config.job;
    const facts = {
        cluster: config.clusterMode ?? 'unknown',
        parallelism: 1,
        parallelismSource: FLINK_DEFAULT,
        args: spec?.args ?? [],
    };
    if (spec?.entryClass)
        facts.entryClass = spec.entryClass;
    if (spec?.upgradeMode)
        facts.upgradeMode = spec.upgradeMode;
    // The operator's parallelism: TaskManager replicas \u00d7 slots where replicas are set, else
    // `spec.job.parallelism` (FlinkConfigBuilder.getParallelism).
    const replicas = config.replicas?.taskmanager;
    const configured = (0,flink/* parseJavaInt */.rz)(String(view.get(DEFAULT_PARALLELISM_KEY) ?? ''));
    if (config.clusterMode === 'application' && replicas !== undefined && replicas > 0) {
        facts.parallelism = replicas * slots;
        facts.parallelismSource = 'spec.taskManager.replicas \u00d7 taskmanager.numberOfTaskSlots';
    }
    else if (spec?.parallelism !== undefined && spec.parallelism > 0) {
        facts.parallelism = spec.parallelism;
        facts.parallelismSource = 'spec.job.parallelism';
    }
    else if (configured !== undefined && configured > 0) {
        facts.parallelism = configured;
        facts.parallelismSource = DEFAULT_PARALLELISM_KEY;
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/policy/facts/network.ts

/**
 * The network buffers a TaskManager has against those its tasks request, for the job the config
 * runs (its parallelism, or 1, the fewest buffers any job with an exchange needs), in the runtime
 * mode it runs in; where the mode is an assumption, in both modes, and the failure is an assumption
 * unless both fail.
 */
function networkFacts(config, view, tm, slots, job, runtimeMode, assumed) {
    if (!tm.ok || !config.processes.includes('taskmanager'))
        return undefined;
    const version = config.flinkVersion;
    let settings;
    try {
        settings = (0,flink/* networkBufferSettings */.ON)(view, version, tm.memory.network);
    }
    catch (err) {
        if (!(err instanceof flink/* FlinkError */.Fs))
            throw err;
        // The TaskManager refuses these settings when it starts its network stack.
        return {
            buffers: 0,
            segmentSize: 0,
            parallelism: job.parallelism,
            mode: 'streaming',
            required: 0,
            failure: { message: err.message, errorType: err.errorType, when: 'The TaskManager does not start' },
        };
    }
    const mode = runtimeMode === 'BATCH' ? 'batch' : 'streaming';
    const demand = (m) => (0,flink/* demandFor */.XL)(version, settings, tm.memory.network, m, job.parallelism, Math.max(slots, 1));
    const primary = demand(mode);
    const facts = {
        buffers: settings.totalBuffers,
        segmentSize: settings.segmentSize,
        buffersPerChannel: settings.buffersPerChannel,
        floatingBuffersPerGate: settings.floatingBuffersPerGate,
        parallelism: job.parallelism,
        mode,
        required: primary.required.total,
        remoteChannels: primary.remoteChannelsPerGate,
        defaultBytes: Number((0,flink/* defaultNetworkBytes */.vS)(version, tm.memory.totalFlink)),
    };
    const largest = (0,flink/* largestServableBuffersPerChannel */.Yj)(version, settings, Math.max(slots, 1), mode);
    if (largest !== undefined)
        facts.largestBuffersPerChannel = largest;
    const refused = primary.deploymentFailure;
    if (refused) {
        facts.failure = {
            message: refused.message,
            errorType: refused.errorType,
            when: `A ${mode} job of parallelism ${job.parallelism} (${job.parallelismSource}) with one all-to-all exchange fails to deploy its tasks`,
            ...(refused.required !== undefined && { required: refused.required }),
            ...(refused.available !== undefined && { available: refused.available }),
        };
        const other = mode === 'streaming' ? 'batch' : 'streaming';
        if (assumed.runtimeMode && !demand(other).deploymentFailure)
            assumed['network.failure'] = {
                what: `the jobs run in ${mode.toUpperCase()} mode: in ${other.toUpperCase()} mode this TaskManager deploys them`,
                certain: assumed.runtimeMode.certain,
            };
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/policy/facts/managed.ts

/**
 * How managed memory is shared out among consumers (spec \u00a710.3), and which of those this job has
 * that allocate it (`allocating`) an explicit list leaves without a weight.
 */
function weightFacts(view, version, allocating) {
    const raw = new Map();
    let text;
    const explicit = view.get(flink/* CONSUMER_WEIGHTS_KEY */.vk);
    if (explicit !== undefined) {
        text = String(explicit);
        for (const part of text.replace(/^[{[]|[}\]]$/g, '').split(/[,;]/)) {
            const [k, v] = part.split(':').map((s) => s.trim());
            if (k)
                raw.set(k.toUpperCase(), Number(v));
        }
    }
    for (const [key, value] of view) {
        if (key.startsWith(`${flink/* CONSUMER_WEIGHTS_KEY */.vk}.`)) {
            raw.set(key.slice(flink/* CONSUMER_WEIGHTS_KEY */.vk.length + 1).toUpperCase(), Number(value));
            text ??= '(map)';
        }
    }
    const isExplicit = text !== undefined;
    if (!isExplicit) {
        const defaults = (0,flink/* defaultConsumerWeights */.rI)(version);
        if (!defaults)
            return { explicit: false, weights: {}, missing: [] };
        for (const part of defaults.split(',')) {
            const [k, v] = part.split(':');
            raw.set(k, Number(v));
        }
    }
    const dataproc = (0,flink/* readsDataprocWeight */.U_)(version) ? raw.get('DATAPROC') : undefined;
    const weights = {
        OPERATOR: raw.get('OPERATOR') ?? dataproc ?? 0,
        STATE_BACKEND: raw.get('STATE_BACKEND') ?? dataproc ?? 0,
        PYTHON: raw.get('PYTHON') ?? 0,
    };
    const missing = isExplicit ? allocating.filter((c) => weights[c] === 0) : [];
    const facts = { explicit: isExplicit, value: text, weights, missing };
    if (missing.length > 0) {
        const kept = Object.entries(weights).filter(([, w]) => w > 0);
        const added = missing.map((c) => [c, flink/* CONSUMER_DEFAULT_WEIGHT */.gx[c]]);
        facts.suggested = [...kept, ...added].map(([c, w]) => `${c}:${w}`).join(',');
    }
    return facts;
}
/**
 * The managed memory per slot the state backend gets: its weight's share among the consumers the
 * job has (spec \u00a710.3: only the use cases present count); the whole slot's before weights existed
 * (1.10\u20131.11), nothing where the explicit weights leave it out.
 */
function backendShare(weights, consumers, perSlot) {
    if (Object.keys(weights.weights).length === 0)
        return perSlot;
    const total = consumers.reduce((sum, c) => sum + (weights.weights[c] ?? 0), 0);
    const own = weights.weights.STATE_BACKEND ?? 0;
    return total > 0 ? Math.floor((perSlot * own) / total) : 0;
}

// EXTERNAL MODULE: ./src/sources/index.ts + 31 modules
var sources = __webpack_require__(6601);
;// CONCATENATED MODULE: ./src/policy/facts/failure.ts

/** The option a total of Flink's messages is, as the legacy heap keys are read. */
const LEGACY_TARGET = {
    'Total Flink Memory': '.memory.flink.size',
    'Total Process Memory': '.memory.process.size',
    'JVM Heap Memory': '.memory.heap.size',
};
const size = (bytes) => (0,flink/* formatSize */.Xq)(bytes);
const sum = (parts) => parts.reduce((a, p) => a + p.bytes, 0n);
const terms = (parts) => parts.map((p) => `${p.name} ${size(p.bytes)}`).join(' + ');
/**
 * Flink's refusal with its arithmetic spelled out: what the configuration fixed, what was left for
 * it, and by how much it fell short, where Flink's message names the sizes.
 */
function explainedFailure(failure, options, entries) {
    const arithmetic = (0,flink/* failureArithmetic */.jT)([failure.error, ...(failure.causes ?? [])]);
    if (!arithmetic)
        return failure.error;
    let text;
    if (arithmetic.kind === 'out-of-range') {
        const { derived, min, max } = arithmetic;
        const off = derived.bytes < min
            ? `${size(min - derived.bytes)} below its minimum of ${size(min)}`
            : `${size(derived.bytes - max)} above its maximum of ${size(max)}`;
        text = `the ${derived.name} left over is ${size(derived.bytes)}, ${off}`;
    }
    else {
        const { parts, total } = arithmetic;
        const needed = sum(parts);
        const whole = `the ${size(total.bytes)} of ${total.name}${origin(total, options, entries)}`;
        const sums = parts.length > 1 ? `${terms(parts)} = ${size(needed)}` : terms(parts);
        if (arithmetic.kind === 'mismatch')
            text = `${sums}, not ${whole}: ${size(needed > total.bytes ? needed - total.bytes : total.bytes - needed)} apart`;
        else
            text =
                needed > total.bytes
                    ? `${sums}, ${size(needed - total.bytes)} more than ${whole}`
                    : `${sums}, all of ${whole}`;
    }
    return `${failure.error} In MiB: ${text}.`;
}
/**
 * Where a total came from when no key of its own sets it: a legacy heap key Flink reads as it, or
 * Total Process Memory less metaspace and overhead.
 */
function origin(total, options, entries) {
    const legacy = Object.values(entries).find((e) => e.legacy?.reading === 'read-as' && e.legacy.readAs?.endsWith(LEGACY_TARGET[total.name] ?? '\0'));
    if (legacy)
        return ` (${legacy.key}: ${legacy.value}, which Flink reads as ${legacy.legacy?.readAs})`;
    const process = options['memory.process.size'];
    const metaspace = options['memory.jvm-metaspace.size']?.bytes;
    if (total.name !== 'Total Flink Memory' || process?.bytes === undefined || metaspace === undefined)
        return '';
    if (options['memory.flink.size']?.source !== undefined && options['memory.flink.size'].source !== 'default')
        return '';
    const overhead = BigInt(process.bytes) - BigInt(metaspace) - total.bytes;
    if (overhead < 0n)
        return '';
    return ` that Total Process Memory ${size(BigInt(process.bytes))} leaves after JVM Metaspace ${size(BigInt(metaspace))} and JVM Overhead ${size(overhead)}`;
}

;// CONCATENATED MODULE: ./src/policy/facts/java-opts.ts

const MEMORY_FLAG = /(^|\s)"?(-Xmx|-Xms|-XX:MaxDirectMemorySize=|-XX:MaxMetaspaceSize=)(\S*)/g;
/** The JVM memory flags in the options a process gets, and whether each lands after Flink's own. */
function javaOptsFlags(name, config, entries) {
    const flags = [];
    const scan = (text, source, overridesFlink, line, column) => {
        for (const m of text.matchAll(MEMORY_FLAG)) {
            const flag = m[2].replace(/=$/, '');
            const own = (m[2] + m[3]).replace(/"$/, '');
            const bytes = (0,flink/* jvmSizeBytes */._W)(m[3].replace(/"$/, ''));
            flags.push({
                flag,
                text: own,
                source,
                overridesFlink,
                remaining: text.replace(own, '').replace(/\s+/g, ' ').trim(),
                ...(bytes !== undefined && { bytes: Number(bytes) }),
                line,
                column,
            });
        }
    };
    for (const key of (0,flink/* javaOptsKeys */.hB)(name, config.flinkVersion)) {
        const entry = entries[key];
        if (entry)
            scan(entry.value, key, true, entry.line, entry.column);
    }
    for (const [variable, after] of Object.entries(flink/* JAVA_OPTS_ENV */.KU)) {
        const text = config.env?.[variable];
        const at = config.envLocations?.[variable] ?? config;
        if (text)
            scan(text, variable, after, at.line, at.column);
    }
    return flags;
}
const LIMIT_NAMES = {
    '-Xmx': { limit: 'JVM heap', error: 'Java heap space' },
    '-XX:MaxDirectMemorySize': { limit: 'direct memory limit', error: 'Direct buffer memory' },
    '-XX:MaxMetaspaceSize': { limit: 'metaspace limit', error: 'Metaspace' },
};
/**
 * What a flag that lands after Flink's own does to the process, where it changes anything: undefined
 * where Flink sets no such flag (the JobManager's direct memory limit is off by default), where the
 * size is not a number, or where it leaves the JVM as Flink sized it (the same size, an `-Xms` no
 * larger than Flink's `-Xmx`).
 */
function overrideEffect(flag) {
    const { bytes, flinkBytes } = flag;
    if (bytes === undefined || flinkBytes === undefined || bytes === flinkBytes)
        return undefined;
    const size = (0,flink/* formatSize */.Xq)(BigInt(bytes));
    if (flag.flag === '-Xms') {
        return bytes > flinkBytes
            ? `the initial heap (${size}) is larger than the -Xmx Flink sets, so the JVM refuses to start ("Initial heap size set to a larger value than the maximum heap size")`
            : undefined;
    }
    const { limit, error } = LIMIT_NAMES[flag.flag];
    return bytes > flinkBytes
        ? `the ${limit} grows to ${size}, more than Flink budgets, so the process can outgrow its Total Process memory and its container`
        : `the ${limit} shrinks to ${size}, so the process fails with \`OutOfMemoryError: ${error}\` before it uses what Flink planned`;
}

;// CONCATENATED MODULE: ./src/policy/facts/process.ts






const LABELS = {
    taskmanager: { label: 'TaskManager', specName: 'taskManager' },
    jobmanager: { label: 'JobManager', specName: 'jobManager' },
};
/** What one process of a config is: its options and entries, its derived sizes, its container. */
function processFacts(name, result, options, entries, context) {
    const { config, breakdown } = result;
    const derived = breakdown[name];
    const prefix = `${name}.`;
    const sizing = sizingKeys(config);
    const facts = {
        name,
        ...LABELS[name],
        options: withoutPrefix(options, prefix),
        entries: withoutPrefix(entries.byKey, prefix),
        overridden: entries.list.filter((e) => e.overridden && e.key.startsWith(prefix)),
        sizeMistakes: Object.values(entries.byKey)
            .filter((e) => e.key.startsWith(prefix) && e.memory && (!e.memory.valid || e.memory.missingUnit))
            .map((e) => e.key),
        present: config.processes.includes(name),
        sized: (0,flink/* processSizeKeys */.pR)(name, config.flinkVersion).some((k) => sizing.has(k)),
        unresolved: config.entries.some((e) => e.unresolved && e.key.startsWith(prefix) && optionType(e.key, config.flinkVersion) === 'memory'),
        operatorMemory: config.entries.some((e) => e.origin === 'operator' && e.key === `${name}.memory.process.size` && !e.overriddenBy),
        ok: derived.ok,
        unsupported: !derived.ok && 'unsupported' in derived,
        replicas: config.replicas?.[name],
        javaOptsMemoryFlags: javaOptsFlags(name, config, entries.byKey),
    };
    if (derived.ok) {
        const memory = {};
        for (const [k, v] of Object.entries(derived.memory))
            memory[k] = Number(v);
        facts.memory = memory;
        facts.rounded = Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, rounded(v)]));
        facts.jvm = {
            heap: Number(derived.jvm.heap),
            directMemory: toNumber(derived.jvm.directMemory),
            metaspace: Number(derived.jvm.metaspace),
        };
        if (name === 'taskmanager')
            facts.nativeBudget = facts.memory.taskOffHeap + facts.memory.managed;
        for (const f of facts.javaOptsMemoryFlags) {
            const flinkBytes = facts.jvm[flink/* JVM_LIMIT_OF_FLAG */.Dq[f.flag]];
            if (flinkBytes === undefined)
                continue;
            f.flinkBytes = flinkBytes;
            const effect = f.overridesFlink ? overrideEffect(f) : undefined;
            if (effect)
                f.effect = effect;
        }
    }
    else if ('errorType' in derived) {
        facts.error = derived.error;
        facts.errorType = derived.errorType;
        facts.explained = explainedFailure(derived, facts.options, facts.entries);
    }
    else if (derived.error) {
        facts.error = derived.error;
    }
    const template = config.podTemplateLimits?.[name];
    if (template)
        facts.podTemplateLimit = containerFacts(template, config.file);
    const limit = config.container[name];
    const container = limit ? containerFacts(limit, config.file) : settingsContainer(name, context);
    if (container)
        facts.container = container;
    if (facts.container && facts.memory && facts.container.bytes > 0) {
        facts.processToLimit = facts.memory.totalProcess / facts.container.bytes;
    }
    const factor = options[`kubernetes.${name}.memory.limit-factor`];
    if (factor)
        facts.limitFactor = factor.number ?? (0,flink/* parseJavaDouble */.PZ)(factor.value);
    return facts;
}
/**
 * A limit written in another file (a compose service or a workload that mounts the config) has no
 * line in this one: its source names it.
 */
function containerFacts(limit, file) {
    return {
        bytes: Number(limit.bytes),
        text: limit.text,
        source: limit.source,
        line: limit.location?.file === file ? limit.location.line : undefined,
        requestBytes: toNumber(limit.requestBytes),
        decimalUnit: KUBERNETES_DECIMAL.test(limit.text),
    };
}
/** The container limit the settings give a process where the repository gives none. */
function settingsContainer(name, context) {
    const text = context.parameters?.[`containerMemory.${name}`] ?? context.parameters?.containerMemory;
    const bytes = text === undefined ? undefined : (0,sources/* quantityBytes */.zy)(String(text));
    if (bytes === undefined)
        return undefined;
    return {
        bytes: Number(bytes),
        text: String(text),
        source: 'settings',
        decimalUnit: KUBERNETES_DECIMAL.test(String(text)),
    };
}
/** Keys of the entries Flink applies (the image's default file too), without placeholders and replaced ones. */
function sizingKeys(config) {
    const keys = new Set();
    for (const entries of [config.base?.entries ?? [], config.entries])
        for (const e of entries)
            if (!e.unresolved && !e.overriddenBy)
                keys.add(e.key);
    return keys;
}
/** Keys without their process prefix ('' for another process's key): the same few hundred keys recur in every config. */
const MAX_SHORT_NAMES = 10_000;
const SHORT_NAMES = {
    'taskmanager.': new Map(),
    'jobmanager.': new Map(),
};
/** The same objects, keyed without the process prefix. */
function withoutPrefix(record, prefix) {
    const names = SHORT_NAMES[prefix];
    const out = {};
    for (const key in record) {
        let name = names.get(key);
        if (name === undefined) {
            name = key.startsWith(prefix) ? key.slice(prefix.length) : '';
            if (names.size < MAX_SHORT_NAMES)
                names.set(key, name);
        }
        if (name)
            out[name] = record[key];
    }
    return out;
}
function toNumber(value) {
    return value === undefined ? undefined : Number(value);
}

;// CONCATENATED MODULE: ./src/policy/facts/runtime.ts

/** The TaskManager's native allocator: jemalloc in Flink's images from 1.12 unless turned off. */
function allocatorFacts(config, view) {
    if ((0,flink/* imageAllocator */.z4)(config.flinkVersion) === 'glibc')
        return { name: 'glibc', reason: 'Flink images before 1.12 use glibc malloc' };
    if (isTrue(view.get(flink/* DISABLE_JEMALLOC_KEY */.zr)))
        return { name: 'glibc', reason: `${flink/* DISABLE_JEMALLOC_KEY */.zr}: true` };
    if (isTrue(config.env?.DISABLE_JEMALLOC))
        return { name: 'glibc', reason: 'DISABLE_JEMALLOC=true' };
    return { name: 'jemalloc', reason: "Flink's images preload jemalloc from 1.12 on" };
}
function isTrue(value) {
    return value !== undefined && String(value).trim().toLowerCase() === 'true';
}
const PYTHON_KEYS = /^python\.(files|archives|executable|client\.executable|requirements|pythonpath)$/;
/** A PyFlink application's entry point and program arguments (`PythonDriver`: `-py`, `-pym`). */
const PYTHON_DRIVER = 'org.apache.flink.client.python.PythonDriver';
const PYTHON_ARGS = /^(-py|--python|-pym|--pyModule)$/;
/** Whether the job runs Python (PyFlink), which takes managed memory for its workers. */
function pythonFacts(config, view) {
    const signals = [];
    for (const key of view.keys())
        if (PYTHON_KEYS.test(key))
            signals.push(key);
    if (config.image && /py(thon|flink)/i.test(config.image))
        signals.push(`image ${config.image}`);
    for (const key of ['pipeline.jars', 'pipeline.classpaths']) {
        const v = view.get(key);
        if (v !== undefined && /flink-python/.test(String(v)))
            signals.push(key);
    }
    if (config.job?.entryClass === PYTHON_DRIVER)
        signals.push(`spec.job.entryClass ${PYTHON_DRIVER}`);
    const pyArg = config.job?.args.find((arg) => PYTHON_ARGS.test(arg.trim()));
    if (pyArg)
        signals.push(`spec.job.args ${pyArg.trim()}`);
    const managed = view.get('python.fn-execution.memory.managed');
    return {
        detected: signals.length > 0,
        signals,
        memoryManaged: managed === undefined ? true : String(managed).toLowerCase() !== 'false',
    };
}

;// CONCATENATED MODULE: ./src/policy/facts/state-backend.ts



/** The state backend Flink loads for a config, and what its native memory settings come to. */
function stateBackendFacts(view, version, slots) {
    const key = (0,flink/* stateBackendKeys */.Ug)(version).find((k) => view.has(k));
    const value = key ? String(view.get(key)).trim() : (0,flink/* defaultStateBackend */.F2)(version);
    const name = (0,flink/* stateBackendName */.J4)(value, version);
    const prefix = (0,flink/* backendMemoryPrefix */.ED)(name);
    const managedText = view.get(`${prefix}managed`);
    const facts = {
        name,
        value,
        explicit: key !== undefined,
        key,
        origin: key ? `${key}: ${value}` : `the default of Flink ${version}`,
        usesManagedMemory: (0,flink/* usesManagedMemory */.Zq)(name),
        memoryKeyPrefix: prefix,
        memoryManaged: managedText === undefined ? true : String(managedText).toLowerCase() !== 'false',
        writeBufferRatio: doubleValue(view.get(`${prefix}write-buffer-ratio`)) ?? 0.5,
        highPrioPoolRatio: doubleValue(view.get(`${prefix}high-prio-pool-ratio`)) ?? 0.1,
    };
    const perSlot = sizeValue(view.get(`${prefix}fixed-per-slot`));
    if (perSlot !== undefined)
        facts.fixedPerSlot = perSlot;
    const perTm = sizeValue(view.get(`${prefix}fixed-per-tm`));
    if (perTm !== undefined)
        facts.fixedPerTm = perTm;
    // fixed-per-slot wins over fixed-per-tm (spec \u00a710.4).
    if (perSlot !== undefined)
        facts.fixedTotal = perSlot * Math.max(slots, 1);
    else if (perTm !== undefined)
        facts.fixedTotal = perTm;
    const w = facts.writeBufferRatio ?? 0.5;
    facts.cacheRatioSum = (2 * w) / (3 - w) + (facts.highPrioPoolRatio ?? 0.1);
    return facts;
}
function doubleValue(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return value;
    return (0,flink/* parseJavaDouble */.PZ)(String(value));
}
function sizeValue(value) {
    if (value === undefined)
        return undefined;
    return memoryValueFacts(valueText(value)).bytes;
}

;// CONCATENATED MODULE: ./src/policy/facts/index.ts














/**
 * Builds the Facts document of one config (docs/facts.md), from what Flink sees of it, the same
 * view the derivation reads. Pure; called once per config per run.
 */
function buildFacts(result, context = {}) {
    const { config } = result;
    const version = config.flinkVersion;
    const view = (0,derive/* flinkView */.Mh)(config);
    const env = config.env ?? {};
    const entries = entriesFacts(config.entries, version, config.deployment, view, env, config.file);
    const options = optionFacts(view, version);
    const slots = intOption(options['taskmanager.numberOfTaskSlots'], 1);
    const taskmanager = processFacts('taskmanager', result, options, entries, context);
    const jobmanager = processFacts('jobmanager', result, options, entries, context);
    const managed = taskmanager.memory?.managed;
    // A removed heap key of a process another key sizes is only ignored: moving its value to the
    // successor would change the process.
    for (const entry of entries.list) {
        const owner = entry.key.startsWith('taskmanager.') ? taskmanager : jobmanager;
        if (entry.legacy?.reading === 'removed' && owner.sized)
            delete entry.replacedBy;
    }
    const stateBackend = stateBackendFacts(view, version, slots);
    const python = pythonFacts(config, view);
    const { job, runtimeMode, runtimeModeSource, assumed } = jobRuntime(config, view, stateBackend, slots);
    const batch = runtimeMode === 'BATCH';
    const network = networkFacts(config, view, result.breakdown.taskmanager, slots, job, runtimeMode, assumed);
    // The use cases the job declares share a slot's managed memory by weight (RocksDB/ForSt declares
    // STATE_BACKEND whatever its memory options); only those that then allocate it fail without a
    // weight: RocksDB takes fixed-per-slot memory first, and none at all with memory.managed false.
    const consumers = [
        ...(stateBackend.usesManagedMemory ? ['STATE_BACKEND'] : []),
        ...(python.detected && python.memoryManaged ? ['PYTHON'] : []),
        ...(batch ? ['OPERATOR'] : []),
    ];
    const backendAllocates = stateBackend.memoryManaged && stateBackend.fixedPerSlot === undefined;
    const allocating = consumers.filter((c) => c !== 'STATE_BACKEND' || backendAllocates);
    const managedWeights = weightFacts(view, version, allocating);
    const managedPerSlot = managed !== undefined && slots > 0 ? Math.floor(managed / slots) : undefined;
    if (stateBackend.usesManagedMemory && managedPerSlot !== undefined) {
        stateBackend.managedPerSlot = backendShare(managedWeights, consumers, managedPerSlot);
        stateBackend.managedPerSlotRounded = rounded(stateBackend.managedPerSlot);
    }
    let totalMemory = 0;
    for (const p of [taskmanager, jobmanager]) {
        if (p.present && p.memory)
            totalMemory += p.memory.totalProcess * (p.replicas ?? 1);
    }
    return {
        factsVersion: model/* FACTS_VERSION */.B5,
        config: {
            id: config.id,
            file: config.file,
            line: config.line,
            column: config.column,
            kind: config.kind,
            name: config.name,
            flinkVersion: version,
            versionCode: (0,flink/* versionCode */.EU)(version),
            flinkConfYaml: (0,flink/* flinkConfReading */.xS)(version),
            flinkVersionSource: config.flinkVersionSource,
            deployment: config.deployment,
            processes: config.processes,
            image: config.image,
            annotations: config.annotations ?? {},
            totalMemory,
            ...preMemoryModelFacts(result, entries.byKey),
        },
        entries: entries.byKey,
        entryList: entries.list,
        options,
        taskmanager,
        jobmanager,
        stateBackend,
        slots,
        managedPerSlot,
        runtimeMode,
        runtimeModeSource,
        batch,
        job,
        network,
        assumed,
        python,
        managedWeights,
        env,
        allocator: allocatorFacts(config, view),
        ...(config.preMemoryModel && !config.preMemoryModel.certain
            ? {
                assumed: {
                    ...assumed,
                    'config.preMemoryModel': {
                        what: 'that the file is written for a Flink version before 1.10, as its keys are: nothing in the repository names the version',
                        certain: 'name the version (a Flink image, a Dockerfile, the settings file\u2019s flinkVersion or --flink-version)',
                    },
                },
            }
            : {}),
        problems: config.problems.map((p) => ({
            code: p.code,
            message: p.message,
            ...(p.location.file !== config.file ? { file: p.location.file } : {}),
            line: p.location.line,
            column: p.location.column,
        })),
    };
}
function intOption(option, fallback) {
    if (!option)
        return fallback;
    return option.number ?? (0,flink/* parseJavaInt */.rz)(option.value) ?? fallback;
}
/**
 * A config written for the memory model before Flink 1.10: its old keys, where the first is, and
 * what Flink 1.10 (the version it is judged as) makes of the same file.
 */
function preMemoryModelFacts(result, entries) {
    const model = result.config.preMemoryModel;
    if (!model)
        return {};
    const first = model.keys.map((k) => entries[k]).find((e) => e !== undefined);
    const tm = result.breakdown.taskmanager;
    const meaning = tm.ok
        ? `Flink ${result.config.flinkVersion} reads the same file as a TaskManager of ${(0,flink/* formatSize */.Xq)(tm.memory.totalProcess)} Total Process memory (${(0,flink/* formatSize */.Xq)(tm.memory.totalFlink)} Total Flink memory: ${(0,flink/* formatSize */.Xq)(tm.memory.taskHeap)} task heap, ${(0,flink/* formatSize */.Xq)(tm.memory.managed)} managed, ${(0,flink/* formatSize */.Xq)(tm.memory.network)} network)`
        : 'unsupported' in tm && tm.unsupported
            ? `Flink ${result.config.flinkVersion} starts no TaskManager from it`
            : `Flink ${result.config.flinkVersion} refuses the same file: ${tm.error}`;
    return {
        preMemoryModel: {
            keys: model.keys,
            certain: model.certain,
            evidence: model.certain
                ? `it runs on Flink ${result.config.versionBeforeMemoryModel ?? 'before 1.10'} (${result.config.flinkVersionSource.replace(/ \(outside [^)]*\)$/, '')})`
                : 'nothing in the repository names its Flink version',
            meaning,
            ...(first ? { line: first.line, column: first.column } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/policy/memory.ts
var memory = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/policy/placeholders.ts
var placeholders = __webpack_require__(9022);
;// CONCATENATED MODULE: ./src/policy/solved-fix.ts




const solved_fix_MIB = 1n << 20n;
const LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
function target(template, facts, solve) {
    if (template === undefined)
        return undefined;
    const text = (0,placeholders/* renderDefined */.Me)(template, facts);
    if (text === undefined || !/^\d+$/.test(text))
        return undefined;
    return solve.rounded ? smallestRoundingTo(BigInt(text)) : BigInt(text);
}
function requestOf(solve, process, facts, result) {
    const { config } = result;
    const base = {
        version: config.flinkVersion,
        deployment: config.deployment,
        config: (0,derive/* flinkView */.Mh)(config),
    };
    let container;
    if (solve.question === 'fit') {
        container = solve.bound !== undefined ? target(solve.bound, facts, {}) : config.container[process]?.bytes;
        if (container === undefined)
            return undefined;
    }
    const bound = container !== undefined ? { container } : {};
    const metaspace = target(solve.targets?.metaspace, facts, solve);
    const common = metaspace !== undefined ? { metaspace } : {};
    if (process === 'jobmanager') {
        const heap = target(solve.targets?.heap, facts, solve);
        return { ...base, ...bound, process, targets: { ...common, ...(heap !== undefined && { heap }) } };
    }
    const taskHeap = target(solve.targets?.taskHeap, facts, solve);
    const managedPerSlot = target(solve.targets?.managedPerSlot, facts, solve);
    return {
        ...base,
        ...bound,
        process,
        targets: {
            ...common,
            ...(taskHeap !== undefined && { taskHeap }),
            ...(managedPerSlot !== undefined && { managedPerSlot }),
        },
    };
}
/**
 * A "minimum" answer below the process's current size would shrink a process that only needed one
 * component raised: where the answer's other edits hold at the current size (derived again), the
 * process keeps its size.
 */
function keepCurrentSize(answer, request, result) {
    const current = result.breakdown[request.process];
    if (answer.question !== 'minimum' || !current.ok)
        return answer;
    const size = current.memory.totalProcess;
    if (size <= answer.processSize || size % solved_fix_MIB !== 0n)
        return answer;
    const key = `${request.process}.memory.process.size`;
    const config = new Map(answer.config);
    config.set(key, `${size / solved_fix_MIB}m`);
    const options = { flinkVersion: request.version, deployment: request.deployment ?? 'standalone' };
    const derived = request.process === 'taskmanager'
        ? (0,flink/* deriveTaskManager */.MC)(config, options)
        : (0,flink/* deriveJobManager */.WC)(config, options);
    if (!derived.ok || !meets(derived.memory, derived.numSlots, request))
        return answer;
    const set = { ...answer.set };
    const why = { ...answer.why };
    const written = request.config?.get(key);
    if (written !== undefined && String(written) !== '' && !answer.remove.length) {
        delete set[key];
        delete why[key];
    }
    else {
        set[key] = `${size / solved_fix_MIB}m`;
        why[key] = `The ${LABEL[request.process]} keeps its ${(0,flink/* formatSize */.Xq)(size)}.`;
    }
    return { ...answer, set, why, config, result: derived, processSize: size };
}
function meets(m, numSlots, request) {
    const metaspace = request.targets?.metaspace;
    if (metaspace !== undefined && m.jvmMetaspace < metaspace)
        return false;
    if (request.process !== 'taskmanager') {
        const heap = request.targets?.heap;
        return heap === undefined || m.jvmHeap >= heap;
    }
    const t = request.targets ?? {};
    const slots = BigInt(Math.max(1, numSlots ?? 1));
    return ((t.taskHeap === undefined || m.taskHeap >= t.taskHeap) &&
        (t.managedPerSlot === undefined || m.managed / slots >= t.managedPerSlot));
}
/**
 * The fix of a policy whose `fix.solve` asks the sizing solver: the edits of its answer (keys set,
 * keys removed), and the arithmetic that makes that size the one. Undefined where the solver finds
 * no answer: the policy's own fix stands.
 */
function solvedFix(policy, finding, facts, result) {
    const solve = policy.fix?.solve;
    const process = finding.process;
    if (!solve || !process)
        return undefined;
    // Placeholders name the finding's process, as in its message.
    const previous = facts.process;
    facts.process = facts[process];
    const request = requestOf(solve, process, facts, result);
    facts.process = previous;
    if (!request)
        return undefined;
    const solved = (0,flink/* rememberedSolve */.qx)(request, { blockers: false });
    if (!solved.feasible) {
        // No size in the container works with these settings: the limit is what has to change.
        if (request.container === undefined || solved.minimumContainer === undefined)
            return undefined;
        return {
            set: {},
            description: `No ${LABEL[process]} fits the ${(0,flink/* formatSize */.Xq)(request.container)} container with these settings: Flink accepts ${(0,flink/* formatSize */.Xq)(solved.minimumContainer)} at the least. Raise the container limit to ${(0,flink/* formatSize */.Xq)(solved.minimumContainer)} or more.`,
        };
    }
    const kept = keepCurrentSize(solved, request, result);
    const written = request.config ?? new Map();
    const answer = {
        ...kept,
        set: Object.fromEntries(Object.entries(kept.set).map(([k, v]) => [k, (0,flink/* sizeInUnitsOf */.Zh)(k, v, request.version, written)])),
    };
    const key = `${process}.memory.process.size`;
    // The operator writes resource.memory over the configuration's process size: that field is the one to change.
    const operator = result.config.entries.some((e) => e.key === key && e.origin === 'operator' && !e.overriddenBy);
    // Where the operator owns the process size, the other keys alone would not fit: the fix is described, not set.
    const set = {};
    if (!(operator && key in answer.set)) {
        for (const removed of answer.remove)
            set[removed] = null;
        for (const [k, v] of Object.entries(answer.set))
            set[k] = v;
    }
    const sentences = Object.entries(answer.set).map(([k, v]) => operator && k === key
        ? `Set spec.${process === 'taskmanager' ? 'taskManager' : 'jobManager'}.resource.memory to ${v}: ${answer.why[k]}`
        : `Set ${k} to ${v}: ${answer.why[k]}`);
    for (const removed of answer.remove)
        sentences.push(`Remove ${removed}: ${answer.why[removed]}`);
    if (sentences.length === 0)
        return undefined;
    return { set, description: sentences.join(' ') };
}

;// CONCATENATED MODULE: ./src/policy/suppressions.ts
/**
 * Suppression comments in a linted file:
 *   # flink-memory-lint-disable-next-line RULE[, RULE] -- reason
 *   # flink-memory-lint-disable-file RULE[, RULE] -- reason
 * "next line" is the next line that is neither blank nor a comment, so several directives can
 * stack above one key. Pure: it reads the text it is given.
 */
const DIRECTIVE = /#\s*flink-memory-lint-disable-(next-line|file)\b([^\n]*)/;
function scanSuppressions(text) {
    const result = { nextLine: new Map(), file: [] };
    if (!text.includes('flink-memory-lint-disable'))
        return result;
    const lines = text.split(/\r?\n/);
    let pending = [];
    for (let i = 0; i < lines.length; i++) {
        const trimmed = lines[i].trim();
        if (pending.length && trimmed !== '' && !trimmed.startsWith('#')) {
            addAll(result.nextLine, i + 1, pending);
            pending = [];
        }
        // Checked after attaching, so a directive after a key covers the line below it.
        const match = DIRECTIVE.exec(lines[i]);
        if (!match)
            continue;
        const directive = parseDirective(match[2], i + 1);
        if (match[1] === 'file')
            result.file.push(directive);
        else
            pending.push(directive);
    }
    return result;
}
function addAll(map, line, directives) {
    map.set(line, [...(map.get(line) ?? []), ...directives]);
}
function parseDirective(rest, line) {
    const [ruleText, ...reasonParts] = rest.split(/\s--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = ruleText
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    return { rules, reason: reason || undefined, line };
}
/** The directive that suppresses `ruleId` at `line`, if any. */
function suppressionFor(suppressions, ruleId, line) {
    const covers = (d) => d.rules.includes(ruleId) || d.rules.includes('all');
    return suppressions.file.find(covers) ?? suppressions.nextLine.get(line)?.find(covers);
}
const ANNOTATION_PREFIX = 'flink-memory-lint.io/ignore-';
/** `flink-memory-lint.io/ignore-RULE: "reason"` on a Kubernetes resource. */
function annotationFor(annotations, ruleId) {
    if (!annotations)
        return undefined;
    return annotations[ANNOTATION_PREFIX + ruleId] ?? annotations[ANNOTATION_PREFIX + 'all'];
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts










/**
 * Runs every policy of the pack over every config: facts are built once per config, schemas were
 * compiled once when the pack was loaded.
 */
function evaluate(results, pack, settings, options = {}) {
    const forFile = (0,settings_scope/* settingsForFile */.t8)(settings);
    const fileSettings = new Map();
    const fileSuppressions = new Map();
    const scopeRules = new Map();
    const inBaseline = options.baseline ? baselineMatcher(options.baseline) : () => false;
    const findings = [];
    const suppressed = [];
    const fileResults = fileProblemResults(options.fileProblems ?? []);
    const problemPolicies = {
        policies: pack.policies.filter((p) => p.policy.forEach === 'problems'),
    };
    const found = [];
    for (const [result, policies] of [
        ...results.map((r) => [r, pack]),
        ...fileResults.map((r) => [r, problemPolicies]),
    ]) {
        const file = result.config.file;
        let scoped = fileSettings.get(file);
        if (!scoped)
            fileSettings.set(file, (scoped = forFile(file)));
        let comments = fileSuppressions.get(file);
        if (!comments)
            fileSuppressions.set(file, (comments = scanSuppressions(options.sources?.get(file) ?? '')));
        const facts = buildFacts(result, { parameters: scoped.parameters });
        let written;
        const units = {
            version: result.config.flinkVersion,
            written: () => (written ??= (0,derive/* flinkView */.Mh)(result.config)),
        };
        let rules = scopeRules.get(scoped);
        if (!rules)
            scopeRules.set(scoped, (rules = new Map()));
        for (let p = 0; p < policies.policies.length; p++) {
            const compiled = policies.policies[p];
            let cached = rules.get(compiled);
            if (!cached) {
                const resolved = scoped.rule(compiled.policy.id, compiled.policy.severity);
                cached = { rule: resolved, params: policyParameters(compiled.policy, resolved.parameters) };
                rules.set(compiled, cached);
            }
            const { rule } = cached;
            facts.params = cached.params;
            found.length = 0;
            check(compiled, facts, found, units);
            for (let f = 0; f < found.length; f++) {
                const finding = found[f];
                if (compiled.policy.fix?.solve) {
                    const solved = solvedFix(compiled.policy, finding, facts, result);
                    if (solved)
                        finding.fix = solved;
                }
                finding.severity = rule.severity === 'off' ? compiled.policy.severity : rule.severity;
                // A finding on an assumed default is a hint, unless the settings graded the rule themselves.
                if (finding.assumed && !rule.regraded)
                    finding.severity = 'info';
                const why = rule.severity === 'off'
                    ? { kind: 'settings', reason: `turned off in ${settings.file ?? 'the settings'}` }
                    : suppression(finding, comments, result.config.annotations);
                if (why)
                    suppressed.push({ ...finding, suppressed: why });
                else if (inBaseline(finding))
                    suppressed.push({ ...finding, suppressed: { kind: 'baseline', reason: 'in the baseline' } });
                else
                    findings.push(finding);
            }
        }
        facts.params = undefined;
    }
    return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
}
/** A file that gave no config, as a config with nothing but its problems. */
function fileProblemResults(problems) {
    const byFile = new Map();
    for (const p of problems)
        byFile.set(p.location.file, [...(byFile.get(p.location.file) ?? []), p]);
    return [...byFile].map(([file, list]) => {
        const config = {
            id: `${file}#file`,
            file,
            line: 1,
            column: 1,
            kind: 'config-yaml',
            flinkVersion: model/* NEWEST_FLINK_VERSION */.Xv,
            flinkVersionSource: 'file',
            deployment: 'standalone',
            entries: [],
            container: {},
            processes: [],
            problems: list,
        };
        const failed = { ok: false, error: '', errorType: 'none' };
        return {
            config,
            breakdown: { flinkVersion: model/* NEWEST_FLINK_VERSION */.Xv, taskmanager: failed, jobmanager: failed },
        };
    });
}
function suppression(finding, comments, annotations) {
    const directive = suppressionFor(comments, finding.ruleId, finding.line);
    if (directive)
        return { kind: 'comment', reason: directive.reason };
    const annotation = annotationFor(annotations, finding.ruleId);
    if (annotation !== undefined)
        return { kind: 'annotation', reason: annotation || undefined };
    return undefined;
}
/** Declared parameters with their defaults, overridden by the settings; memory sizes in bytes. */
function policyParameters(policy, given) {
    const params = {};
    for (const [name, spec] of Object.entries(policy.parameters ?? {})) {
        const value = given[name] ?? spec.default;
        params[name] = spec.type === 'memory' ? ((0,memory/* memoryBytes */.Z)(value) ?? (0,memory/* memoryBytes */.Z)(spec.default)) : value;
    }
    return params;
}
/** The findings of one policy on one config (severity as the policy says), added to `out`. */
function check(compiled, facts, out = [], units) {
    const { appliesTo } = compiled.policy;
    // Called for every policy and config: no arrays of targets, one pass per target.
    if (appliesTo.includes('config'))
        checkTarget(compiled, facts, undefined, out, units);
    if (appliesTo.includes('taskmanager') && facts.taskmanager.present)
        checkTarget(compiled, facts, facts.taskmanager, out, units);
    if (appliesTo.includes('jobmanager') && facts.jobmanager.present)
        checkTarget(compiled, facts, facts.jobmanager, out, units);
    facts.process = undefined;
    facts.item = undefined;
    return out;
}
// Indexed loops here and in evaluate(): these run for every policy of every config, mostly
// before V8 optimises them, and a for-of loop there allocates an iterator and a result a step.
function checkTarget(compiled, facts, process, out, units) {
    const { policy } = compiled;
    facts.process = process;
    if (!policy.forEach) {
        checkItem(compiled, facts, undefined, out, units);
        return;
    }
    const list = items(facts, policy.forEach);
    for (let i = 0; i < list.length; i++)
        checkItem(compiled, facts, list[i], out, units);
}
function checkItem(compiled, facts, item, out, units) {
    facts.item = item;
    if (compiled.when && !compiled.when(facts))
        return;
    if (compiled.require && compiled.require(facts))
        return;
    out.push(finding(compiled.policy, facts, units));
}
/** `|flink` in a sentence about a finding whose fix makes `edits`. */
function sentenceSpelling(units, edits) {
    return units && ((bytes) => (0,flink/* sizeInSentence */._p)(bytes, edits, units.version, units.written()));
}
function items(facts, path) {
    const value = (0,placeholders/* resolvePath */.o1)(facts, path);
    if (Array.isArray(value))
        return value;
    if (value && typeof value === 'object')
        return Object.values(value);
    return [];
}
function finding(policy, facts, units) {
    const at = locate(policy, facts);
    const fix = policy.fix && renderFix(policy.fix, facts, units);
    const result = {
        ruleId: policy.id,
        severity: policy.severity,
        message: (0,placeholders/* render */.XX)(policy.message, facts, sentenceSpelling(units, fix?.set ?? {})),
        file: at.file ?? facts.config.file,
        line: at.line,
        column: at.column,
        configId: facts.config.id,
    };
    if (policy.docs)
        result.docs = policy.docs;
    const assumed = policy.restsOn?.filter((path) => Object.hasOwn(facts.assumed, path)) ?? [];
    if (assumed.length > 0) {
        result.assumed = assumed;
        result.message += ` ${assumptionText(assumed.map((path) => facts.assumed[path]))}`;
    }
    if (at.key)
        result.key = at.key;
    if (facts.process)
        result.process = facts.process.name;
    if (fix)
        result.fix = fix;
    return result;
}
/** What a finding assumed and how to make it certain, as sentences after its message. */
function assumptionText(assumptions) {
    const what = assumptions.map((a) => a.what).join('; and that ');
    const certain = [...new Set(assumptions.map((a) => a.certain))].join(' and ');
    return `This assumes ${what}. To make it certain, ${certain}; or suppress the finding.`;
}
/**
 * The fix for this config: a key or value naming a fact the config lacks is left out (a legacy key
 * with no successor is only removed), and an empty value removes its key.
 */
function renderFix(fix, facts, units) {
    const set = {};
    for (const [template, value] of Object.entries(fix.set ?? {})) {
        const key = (0,placeholders/* renderDefined */.Me)(template, facts);
        if (key === undefined)
            continue;
        // A `|flink` size as the file would write this key (a value copied from the file stays as is).
        const spell = units && ((bytes) => (0,flink/* sizeInUnitsOf */.Zh)(key, (0,flink/* memorySizeToString */.Vh)(bytes), units.version, units.written()));
        const text = value === null ? null : (0,placeholders/* renderDefined */.Me)(value, facts, spell);
        // A value that renders empty (the flag was all the option held) removes the key.
        if (text !== undefined)
            set[key] = text === '' ? null : text;
    }
    const out = { set };
    if (fix.description)
        out.description = (0,placeholders/* render */.XX)(fix.description, facts, sentenceSpelling(units, set));
    return out;
}
/** The first `locate` target present in this config; else the config itself. */
function locate(policy, facts) {
    for (const target of policy.locate ?? []) {
        const name = (0,placeholders/* render */.XX)(target, facts);
        if (name === 'config')
            break;
        if (name === 'container' || name === 'podTemplateLimit') {
            const line = facts.process?.[name]?.line;
            if (line !== undefined)
                return { line, column: 1 };
            continue;
        }
        if (name === 'item') {
            const item = facts.item;
            if (item?.line !== undefined)
                return {
                    ...(item.file ? { file: item.file } : {}),
                    line: item.line,
                    column: item.column ?? 1,
                    key: item.key,
                };
            continue;
        }
        // Own keys only: `constructor` or `__proto__` is not a config key.
        const entry = Object.hasOwn(facts.entries, name) ? facts.entries[name] : undefined;
        if (entry)
            return {
                ...(entry.file ? { file: entry.file } : {}),
                line: entry.line,
                column: entry.column,
                key: name,
            };
    }
    return { line: facts.config.line, column: facts.config.column };
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function sortFindings(findings) {
    return findings.sort((a, b) => a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

;// CONCATENATED MODULE: ./src/policy/index.ts







/***/ }),

/***/ 3500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/**
 * JSON files of the repository (user policies, the baseline) parsed with an error that says where
 * and what, never quoting the file: V8's messages carry the file's first characters
 * (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and these messages reach the pull
 * request comment and the job summary.
 */
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (err) {
        const message = err instanceof Error ? err.message : '';
        // `Expected ',' or ']' after array element in JSON at position 4`: V8's own words, no content.
        const at = /^([\w ,:'{}[\]-]*?) (?:in|after) JSON at position (\d+)/.exec(message);
        if (!at)
            return { ok: false, message: 'not valid JSON' };
        const offset = Number(at[2]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        return { ok: false, line, message: `not valid JSON: ${at[1]} at line ${line}, column ${column}` };
    }
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ memoryBytes)
/* harmony export */ });
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8132);

/** Bytes of a size given as a number of bytes or in Flink's `MemorySize` syntax (`2g`, `512 mb`). */
function memoryBytes(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const bytes = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseMemorySize */ .vw)(value);
    return bytes === undefined ? undefined : Number(bytes);
}


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ renderDefined),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   w7: () => (/* binding */ unknownFilters)
/* harmony export */ });
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8132);


/**
 * `{path|filter}` placeholders in policy messages, fix values and `locate`. A path walks the Facts
 * document by dots; keys that contain dots themselves (`entries.taskmanager.memory.process.size`)
 * are matched longest-first, so users write keys as they appear in Flink.
 */
const PLACEHOLDER = /\{([^{}|]+)(?:\|([a-z]+))?\}/g;
const SPLIT = new Map();
/** Segments of the longest dotted key a path step matches (Flink's keys have at most 8). */
const MAX_KEY_PARTS = 12;
/** Resolves a dotted path; a key may itself contain dots (`entries.state.backend.type.value`). */
function resolvePath(root, path) {
    let parts = SPLIT.get(path);
    if (!parts)
        SPLIT.set(path, (parts = path.trim().split('.')));
    return walk(root, parts, 0);
}
function walk(node, parts, from) {
    if (from === parts.length)
        return node;
    if (node === null || typeof node !== 'object')
        return undefined;
    const obj = node;
    let key = '';
    // Shortest key first, backing off to longer ones when the rest of the path does not resolve;
    // a key is never longer than MAX_KEY_PARTS segments, so a path costs linear time.
    const last = Math.min(parts.length, from + MAX_KEY_PARTS);
    for (let j = from; j < last; j++) {
        key = j === from ? parts[j] : `${key}.${parts[j]}`;
        if (!Object.hasOwn(obj, key))
            continue;
        const found = walk(obj[key], parts, j + 1);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
const FILTERS = {
    size: (v) => (typeof v === 'number' && Number.isFinite(v) ? (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(BigInt(Math.trunc(v))) : show(v)),
    // Flink's own spelling, to paste into a config: `4 gb`, `1728 mb`.
    flink: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .memorySizeToString */ .Vh)(BigInt(v)) : show(v),
    percent: (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : show(v)),
    json: (v) => JSON.stringify(v) ?? 'undefined',
    list: (v) => (Array.isArray(v) ? v.map(show).join(', ') : show(v)),
    // A count of slots with its noun: `1 slot`, `4 slots`.
    slots: (v) => (typeof v === 'number' ? `${v} slot${v === 1 ? '' : 's'}` : show(v)),
};
function show(value) {
    if (value === undefined || value === null)
        return '(unset)';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? '';
}
/**
 * Fills `{path|filter}` placeholders from `data`; unknown paths print `(unset)`. `spell`, where
 * given, writes the sizes of `|flink` (else Flink's own spelling).
 */
function render(template, data, spell) {
    return template.replace(PLACEHOLDER, (_all, path, filter) => {
        const value = resolvePath(data, path);
        if (filter === 'flink' && spell && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
            return spell(BigInt(value));
        const format = filter ? FILTERS[filter] : undefined;
        return format ? format(value) : show(value);
    });
}
/** Like `render`, but undefined when a placeholder names a fact this config does not have. */
function renderDefined(template, data, spell) {
    for (const match of template.matchAll(PLACEHOLDER))
        if (resolvePath(data, match[1]) === undefined)
            return undefined;
    return render(template, data, spell);
}
/** The filters a template uses that do not exist (checked when a policy is loaded). */
function unknownFilters(template) {
    const unknown = [];
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (match[2] && !FILTERS[match[2]])
            unknown.push(match[2]);
    }
    return unknown;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ settingsFile),
/* harmony export */   jP: () => (/* binding */ defaultSettingsFile),
/* harmony export */   sS: () => (/* binding */ EMPTY_SETTINGS),
/* harmony export */   t8: () => (/* binding */ settingsForFile),
/* harmony export */   tP: () => (/* binding */ SETTINGS_FILE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);



// What a run needs of settings without reading a settings file: the defaults, where the file is,
// and the settings that apply to each file. Reading and checking a file (settings.ts) needs ajv,
// loaded only where there is a file to read.
const SETTINGS_FILE = '.flink-memory-lint.yaml';
const EMPTY_SETTINGS = { policyDirs: [], parameters: {}, rules: {}, overrides: [] };
/**
 * The settings file a run in `cwd` reads: the one given (relative to `cwd`), else
 * `.flink-memory-lint.yaml` in `cwd` where there is one; as an absolute path.
 */
function settingsFile(cwd, given) {
    if (given !== undefined)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, given);
    const file = defaultSettingsFile(cwd);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : undefined;
}
/**
 * `.flink-memory-lint.yaml` in `cwd`. Written with `path.format`: the bundler rewrites a
 * `path.resolve(dir, 'name')` it can match against files present at build time into a path inside
 * the bundle, which would make every run read a file shipped with the tool instead.
 */
function defaultSettingsFile(cwd) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().format({ dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), base: SETTINGS_FILE });
}
/**
 * The settings that apply to one file: global parameters and rules, then every override whose
 * globs match the file, in order. Compiled once per settings object.
 */
function settingsForFile(settings) {
    const matchers = settings.overrides.map((o) => picomatch__WEBPACK_IMPORTED_MODULE_2___default()(o.files, { dot: true }));
    // Files that match the same overrides share one object, so callers can cache per scope.
    const byMatch = new Map();
    return (file) => {
        const matched = settings.overrides.filter((_, i) => matchers[i](file));
        const key = matched.map((o) => settings.overrides.indexOf(o)).join(',');
        let scoped = byMatch.get(key);
        if (!scoped)
            byMatch.set(key, (scoped = scope([{ rules: settings.rules, parameters: settings.parameters }, ...matched])));
        return scoped;
    };
}
function scope(layers) {
    const parameters = Object.assign({}, ...layers.map((l) => l.parameters));
    const ruled = layers.some((l) => Object.keys(l.rules).length > 0);
    return {
        parameters,
        rule(id, severity) {
            if (!ruled)
                return { severity, regraded: false, parameters };
            let resolved = severity;
            let regraded = false;
            const ruleParameters = { ...parameters };
            for (const layer of layers) {
                const override = layer.rules[id];
                if (!override)
                    continue;
                if (override.severity) {
                    resolved = override.severity;
                    regraded = true;
                }
                Object.assign(ruleParameters, override.parameters);
            }
            return { severity: resolved, regraded, parameters: ruleParameters };
        },
    };
}


/***/ }),

/***/ 6788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BU: () => (/* reexport */ FORMAT_NAMES),
  XC: () => (/* reexport */ breakdownText),
  FR: () => (/* reexport */ breakdownToJson),
  pq: () => (/* reexport */ diffConfigs),
  kJ: () => (/* reexport */ editConfigText),
  wi: () => (/* reexport */ inertLines),
  H7: () => (/* reexport */ markdownToTerminal),
  $l: () => (/* reexport */ nearNames),
  Lu: () => (/* reexport */ reachesThreshold),
  Yc: () => (/* reexport */ renderPieces),
  lP: () => (/* reexport */ sizeText),
  zG: () => (/* reexport */ sizeToJson),
  aG: () => (/* reexport */ upgradeText),
  O6: () => (/* reexport */ upgradeToJson),
  by: () => (/* reexport */ useColor),
  RK: () => (/* reexport */ terminal_visible)
});

// UNUSED EXPORTS: COMMENT_LIMIT, COMMENT_MARKER, FORMATS, LOG_GROUPS_LIMIT, applicableFix, countsText, dynamicProperties, findingIdentity, hasSomethingToSay, link, logGroups, md, parseFindingMarker, plural, renderComment, renderSummary, resolvedCommentBody, restyleFixes, reviewCommentBody, sameIdentity, setLines, sideBySide, suggestFix

;// CONCATENATED MODULE: ./src/report/breakdown-diff.ts
/** The rows of a TaskManager table, in the order people read them. */
const TASKMANAGER_COMPONENTS = [
    { label: 'Total Process', bytes: (m) => m.totalProcess },
    { label: 'Total Flink', bytes: (m) => m.totalFlink },
    { label: 'JVM Heap', bytes: (m) => m.frameworkHeap + m.taskHeap },
    { label: 'Task Heap', bytes: (m) => m.taskHeap },
    { label: 'Managed', bytes: (m) => m.managed },
    { label: 'Network', bytes: (m) => m.network },
    { label: 'Framework Heap', bytes: (m) => m.frameworkHeap },
    { label: 'Framework Off-Heap', bytes: (m) => m.frameworkOffHeap },
    { label: 'Task Off-Heap', bytes: (m) => m.taskOffHeap },
    { label: 'JVM Metaspace', bytes: (m) => m.jvmMetaspace },
    { label: 'JVM Overhead', bytes: (m) => m.jvmOverhead },
];
const JOBMANAGER_COMPONENTS = [
    { label: 'Total Process', bytes: (m) => m.totalProcess },
    { label: 'Total Flink', bytes: (m) => m.totalFlink },
    { label: 'JVM Heap', bytes: (m) => m.jvmHeap },
    { label: 'Off-Heap', bytes: (m) => m.offHeap },
    { label: 'JVM Metaspace', bytes: (m) => m.jvmMetaspace },
    { label: 'JVM Overhead', bytes: (m) => m.jvmOverhead },
];
/** The parts that add up to Total Process, for a picture of the breakdown. */
const breakdown_diff_TASKMANAGER_PARTS = [
    'Framework Heap',
    'Task Heap',
    'Managed',
    'Framework Off-Heap',
    'Task Off-Heap',
    'Network',
    'JVM Metaspace',
    'JVM Overhead',
].map((label) => TASKMANAGER_COMPONENTS.find((c) => c.label === label));
const breakdown_diff_JOBMANAGER_PARTS = JOBMANAGER_COMPONENTS.slice(2);
/** Bytes per component of a derived process, or undefined when Flink refused or had no model. */
function componentRows(process, result) {
    if (!result.ok)
        return undefined;
    const components = (process === 'taskmanager' ? TASKMANAGER_COMPONENTS : JOBMANAGER_COMPONENTS);
    return components.map((c) => ({ label: c.label, bytes: c.bytes(result.memory) }));
}
/** Why Flink gave no breakdown (`ErrorType: message`, or `unsupported: reason`); undefined for a breakdown. */
function breakdown_diff_failureText(result) {
    if (!result || result.ok)
        return undefined;
    return 'unsupported' in result ? `unsupported: ${result.reason}` : `${result.errorType}: ${result.error}`;
}
function diffProcess(process, base, head) {
    const baseResult = base?.breakdown[process];
    const headResult = head?.breakdown[process];
    const baseRows = baseResult && componentRows(process, baseResult);
    const headRows = headResult && componentRows(process, headResult);
    const labels = (headRows ?? baseRows ?? []).map((r) => r.label);
    const rows = labels.map((label, i) => ({ label, base: baseRows?.[i]?.bytes, head: headRows?.[i]?.bytes }));
    const changed = rows.some((r) => r.base !== r.head) ||
        breakdown_diff_failureText(baseResult) !== breakdown_diff_failureText(headResult) ||
        (baseResult === undefined) !== (headResult === undefined);
    return { process, base: baseResult, head: headResult, rows, changed };
}
function entriesText(result) {
    return JSON.stringify(result.config.entries.map((e) => [e.key, String(e.value), e.origin]));
}
/** Configs grouped by file, each file's in the order they appear in it. */
function byFile(results) {
    const files = new Map();
    for (const result of results) {
        const list = files.get(result.config.file) ?? [];
        list.push(result);
        files.set(result.config.file, list);
    }
    for (const list of files.values())
        list.sort((a, b) => a.config.line - b.config.line || a.config.column - b.config.column);
    return files;
}
/**
 * Pairs base and head configs by file and position in the file and compares their breakdowns.
 * `renamed` maps a head path to its base path for files the change moved.
 */
function diffConfigs(base, head, renamed = new Map()) {
    const baseFiles = byFile(base);
    const headFiles = byFile(head);
    const toHead = new Map([...renamed].map(([headPath, basePath]) => [basePath, headPath]));
    const files = new Set([...headFiles.keys(), ...[...baseFiles.keys()].map((f) => toHead.get(f) ?? f)]);
    const diffs = [];
    for (const file of [...files].sort()) {
        const headList = headFiles.get(file) ?? [];
        const baseList = baseFiles.get(renamed.get(file) ?? file) ?? [];
        for (let index = 0; index < Math.max(headList.length, baseList.length); index++) {
            const b = baseList[index];
            const h = headList[index];
            const processes = ['taskmanager', 'jobmanager']
                .filter((p) => (h ?? b).config.processes.includes(p))
                .map((p) => diffProcess(p, b, h));
            const status = !b
                ? 'added'
                : !h
                    ? 'removed'
                    : processes.some((p) => p.changed) || entriesText(b) !== entriesText(h)
                        ? 'changed'
                        : 'unchanged';
            diffs.push({ file, index, base: b, head: h, status, processes });
        }
    }
    return diffs;
}

;// CONCATENATED MODULE: ./src/report/breakdown-json.ts
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Bytes as a JSON integer, or a decimal string above 2^53\u22121 where a JSON number would lose digits. */
function bytesToJson(bytes) {
    return bytes > MAX_SAFE || bytes < -MAX_SAFE ? bytes.toString() : Number(bytes);
}
/** Any value with bigints converted by `bytesToJson`, ready for `JSON.stringify`. */
function toJsonValue(value) {
    if (typeof value === 'bigint')
        return bytesToJson(value);
    if (Array.isArray(value))
        return value.map(toJsonValue);
    if (value !== null && typeof value === 'object') {
        // A loop, not entries/map/fromEntries: lint JSON converts every config's breakdown.
        const out = {};
        for (const key of Object.keys(value))
            out[key] = toJsonValue(value[key]);
        return out;
    }
    return value;
}
function resultToJson(result) {
    return toJsonValue(result);
}
/** The `derive` JSON result: `{flinkVersion, taskmanager, jobmanager}`. */
function breakdownToJson(breakdown) {
    return toJsonValue(breakdown);
}

// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
;// CONCATENATED MODULE: ./src/report/breakdown-text.ts

const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
function renderTree(title, lines, total, options) {
    const width = options.barWidth ?? 30;
    const color = options.color ?? false;
    const labelWidth = Math.max(...lines.map((l) => l.depth * 2 + l.label.length));
    const out = [paint(color, '1', title)];
    for (const line of lines) {
        const label = `${'  '.repeat(line.depth)}${line.label}`.padEnd(labelWidth);
        const cells = total > 0n ? Number((line.bytes * BigInt(width) + total / 2n) / total) : 0;
        const bar = '\u2588'.repeat(cells) + '\u00b7'.repeat(width - cells);
        out.push(`  ${label}  ${paint(color, '36', bar)}  ${(0,flink/* formatSize */.Xq)(line.bytes).padStart(10)}`);
    }
    return out;
}
function failureLines(result, color) {
    if ('unsupported' in result) {
        const lines = [`  ${result.reason}`];
        if (result.jvmArgs)
            lines.push(`  JVM parameters: ${result.jvmArgs}`);
        if (result.error)
            lines.push(`  ${paint(color, '31', result.error)}`);
        return lines;
    }
    // Flink wraps the reason (`Memory size unit 'gi' does not match ...`) in its cause chain.
    // A cause that only repeats the message without Flink's prefix adds nothing.
    const causes = (result.causes ?? []).filter((cause) => !result.error.endsWith(cause.slice(cause.indexOf(': ') + 2)));
    return [
        `  ${paint(color, '31', `${result.errorType}: ${result.error}`)}`,
        ...causes.map((cause) => `    caused by ${cause}`),
    ];
}
function taskManagerText(result, options = {}) {
    const title = 'TaskManager';
    if (!result.ok)
        return [title, ...failureLines(result, options.color ?? false)].join('\n');
    const m = result.memory;
    const lines = [
        { depth: 0, label: 'Total Process Memory', bytes: m.totalProcess },
        { depth: 1, label: 'Total Flink Memory', bytes: m.totalFlink },
        { depth: 2, label: 'JVM Heap', bytes: m.frameworkHeap + m.taskHeap },
        { depth: 3, label: 'Framework Heap', bytes: m.frameworkHeap },
        { depth: 3, label: 'Task Heap', bytes: m.taskHeap },
        { depth: 2, label: 'Off-Heap Memory', bytes: m.managed + m.frameworkOffHeap + m.taskOffHeap + m.network },
        { depth: 3, label: 'Managed Memory', bytes: m.managed },
        { depth: 3, label: 'Direct Memory', bytes: m.frameworkOffHeap + m.taskOffHeap + m.network },
        { depth: 4, label: 'Framework Off-Heap', bytes: m.frameworkOffHeap },
        { depth: 4, label: 'Task Off-Heap', bytes: m.taskOffHeap },
        { depth: 4, label: 'Network', bytes: m.network },
        { depth: 1, label: 'JVM Metaspace', bytes: m.jvmMetaspace },
        { depth: 1, label: 'JVM Overhead', bytes: m.jvmOverhead },
    ];
    return [...renderTree(title, lines, m.totalProcess, options), `  JVM parameters: ${result.jvm.args}`].join('\n');
}
function jobManagerText(result, options = {}) {
    const title = 'JobManager';
    if (!result.ok)
        return [title, ...failureLines(result, options.color ?? false)].join('\n');
    const m = result.memory;
    const lines = [
        { depth: 0, label: 'Total Process Memory', bytes: m.totalProcess },
        { depth: 1, label: 'Total Flink Memory', bytes: m.totalFlink },
        { depth: 2, label: 'JVM Heap', bytes: m.jvmHeap },
        { depth: 2, label: 'Off-Heap Memory', bytes: m.offHeap },
        { depth: 1, label: 'JVM Metaspace', bytes: m.jvmMetaspace },
        { depth: 1, label: 'JVM Overhead', bytes: m.jvmOverhead },
    ];
    return [...renderTree(title, lines, m.totalProcess, options), `  JVM parameters: ${result.jvm.args}`].join('\n');
}
/** Both processes as trees like Flink's start-up log, with a bar per component. */
function breakdownText(breakdown, options = {}) {
    return [
        `Flink ${breakdown.flinkVersion}`,
        '',
        ...(options.only !== 'jobmanager' ? [taskManagerText(breakdown.taskmanager, options), ''] : []),
        ...(options.only !== 'taskmanager' ? [jobManagerText(breakdown.jobmanager, options), ''] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/config-context.ts


const PROCESS_LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
const ROLE_LABEL = {
    taskmanager: 'TaskManager',
    jobmanager: 'JobManager',
    both: 'JobManager and TaskManager',
};
/** Where a container limit is written: `docker-compose.yml:23 mem_limit`; a source naming its file and line says it already. */
function limitWhere(limit) {
    const { location, source } = limit;
    if (!location ||
        source.startsWith(`${location.file}:`) ||
        source.includes(`(${location.file}:${location.line})`))
        return source;
    return `${location.file}:${location.line} ${source}`;
}
/**
 * What a config was judged with, and where each piece comes from, for people: `Flink 1.18
 * (Dockerfile:1 FROM flink:1.18), TaskManager container 1024 MiB (docker-compose.yml:23 mem_limit)`.
 */
function contextParts(config) {
    const parts = [`Flink ${config.flinkVersion} (${config.flinkVersionSource})`];
    for (const process of ['taskmanager', 'jobmanager']) {
        const limit = config.container[process];
        if (limit)
            parts.push(`${PROCESS_LABEL[process]} container ${(0,flink/* formatSize */.Xq)(limit.bytes)} (${limitWhere(limit)})`);
    }
    for (const c of config.linkedContainers ?? []) {
        if (c.limit)
            continue;
        const role = c.role
            ? ` (${ROLE_LABEL[c.role]}${c.roleEvidence ? `, ${c.roleEvidence.file}:${c.roleEvidence.line}` : ''})`
            : '';
        parts.push(`${c.kind} ${c.name}${role} with no memory limit (${c.at.file}:${c.at.line})`);
    }
    return parts;
}
function contextText(config) {
    const parts = contextParts(config);
    return config.contextName ? `${parts.join(', ')}; as run by ${config.contextName}` : parts.join(', ');
}
/** The same context as data for the JSON report (sizes as JSON numbers, or decimal strings above 2^53\u22121). */
function contextJson(config) {
    return {
        text: contextText(config),
        ...(config.contextName ? { name: config.contextName } : {}),
        ...(config.linkedContainers ? { containers: toJsonValue(config.linkedContainers) } : {}),
        ...(config.versionBeforeMemoryModel ? { versionBeforeMemoryModel: config.versionBeforeMemoryModel } : {}),
        ...(config.preMemoryModel ? { preMemoryModel: config.preMemoryModel } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * Text for a terminal and a runner's log. Repository text (file names, values, messages) may hold
 * escape sequences that recolour or rewrite the terminal, and line breaks after which a runner
 * reads `::command::` as a workflow command: both are made visible, never passed through.
 */
/** C0 and C1 controls (tab kept), DEL, and the bidirectional overrides that reorder what is shown. */
const CONTROL = 
// eslint-disable-next-line no-control-regex -- finding control characters is the point
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** Repository text as it can be shown: every control character as a `\xNN`/`\uNNNN` escape. */
function terminal_visible(text) {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code < 0x100
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** Repository text of several lines, each line shown as `visible` shows it; the line breaks kept. */
function visibleLines(text) {
    return text.split('\n').map(terminal_visible).join('\n');
}
/**
 * A whole output with no line a runner would take as a workflow command: the runner trims a line
 * and reads it as one when it starts with `::`. Such a line gets its first colon escaped.
 */
function inertLines(text) {
    return text.replace(/^(\s*):(?=:)/gm, '$1\\x3a');
}

;// CONCATENATED MODULE: ./src/report/text.ts

/** Findings of one rule shown in full before the rest are counted (without `verbose`). */
const SHOWN_PER_RULE = 3;
/** `5,349`: counts as people read them. */
// By hand: `toLocaleString` loads the locale data, which costs a short run more than its work.
const count = (n) => Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(stream, env) {
    return stream.isTTY === true && !env.NO_COLOR;
}
const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, gray: 90, bold: 1 };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' };
/**
 * Findings as actionlint prints them: `file:line:col: severity: message [rule]`, the source line
 * with a caret under the column, then the fix and the docs link.
 */
function renderText(findings, options = {}) {
    const paint = (style, text) => options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
    const lines = new Map();
    const sourceLine = (file, line) => {
        let split = lines.get(file);
        if (!split) {
            const text = options.sources?.get(file);
            if (text === undefined)
                return undefined;
            lines.set(file, (split = text.split(/\r?\n/)));
        }
        return split[line - 1];
    };
    const out = [];
    const perRule = new Map();
    for (const f of findings)
        perRule.set(f.ruleId, [...(perRule.get(f.ruleId) ?? []), f]);
    const shown = new Map();
    for (const f of findings) {
        const n = (shown.get(f.ruleId) ?? 0) + 1;
        shown.set(f.ruleId, n);
        const all = perRule.get(f.ruleId) ?? [];
        if (!options.verbose && n > SHOWN_PER_RULE) {
            if (n === all.length) {
                const configs = new Set(all.map((x) => x.configId ?? x.file)).size;
                out.push(`${paint('gray', `${terminal_visible(f.ruleId)} \u00d7${count(all.length)} in ${count(configs)} ${configs === 1 ? 'config' : 'configs'}`)}: ${SHOWN_PER_RULE} shown above, ${count(all.length - SHOWN_PER_RULE)} more with --verbose`);
            }
            continue;
        }
        // Repository text (file names, messages of user policies, values) shown, never obeyed.
        out.push(`${paint('bold', `${terminal_visible(f.file)}:${f.line}:${f.column}:`)} ${paint(SEVERITY_STYLE[f.severity], `${f.severity}:`)} ${terminal_visible(f.message)} ${paint('gray', `[${terminal_visible(f.ruleId)}]`)}`);
        const text = sourceLine(f.file, f.line);
        if (text !== undefined) {
            const number = String(f.line);
            const gutter = ' '.repeat(number.length);
            const shown = terminal_visible(text.replace(/\t/g, ' '));
            const width = Math.max(1, (f.endLine === f.line && f.endColumn ? f.endColumn : shown.trimEnd().length + 1) - f.column);
            out.push(`${gutter} |`);
            out.push(`${number} | ${shown}`);
            out.push(`${gutter} | ${' '.repeat(Math.max(0, f.column - 1))}${paint('green', '^' + '~'.repeat(Math.max(0, width - 1)))}`);
        }
        if (f.fix) {
            // The sentence, then each edit on a line of its own, as it would be written in the file.
            const changes = Object.entries(f.fix.set).map(([k, v]) => (v === null ? `remove ${k}` : `${k}: ${v}`));
            if (f.fix.description)
                out.push(`  ${paint('green', 'fix:')} ${terminal_visible(f.fix.description)}`);
            for (const [i, change] of changes.entries())
                out.push(`  ${f.fix.description || i > 0 ? '    ' : paint('green', 'fix:')} ${terminal_visible(change)}`);
        }
        if (f.docs)
            out.push(`  ${paint('gray', 'docs:')} ${terminal_visible(f.docs)}`);
    }
    const suppressed = options.suppressed ?? [];
    if (suppressed.length) {
        out.push('', `Suppressed (${suppressed.length}):`);
        for (const f of suppressed) {
            const why = f.suppressed
                ? `${f.suppressed.kind}${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}`
                : '';
            out.push(`  ${terminal_visible(f.file)}:${f.line}:${f.column}: ${terminal_visible(f.ruleId)} (${terminal_visible(why)})`);
        }
    }
    if (out.length > 0)
        out.push('');
    out.push(`${options.scope ?? ''}${summaryLine(findings, suppressed.length)}`);
    return out.join('\n') + '\n';
}
/** `1 config`, `5,349 configs`. */
function text_plural(n, word) {
    return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
/** `1 error, 3 info findings`: the counts that are not zero (`no findings` when all are). */
function severityCounts(errors, warnings, infos) {
    const parts = [
        errors ? text_plural(errors, 'error') : '',
        warnings ? text_plural(warnings, 'warning') : '',
        infos ? text_plural(infos, 'info finding') : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : 'no findings';
}
function summaryLine(findings, suppressed) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    const counts = severityCounts(count('error'), count('warning'), count('info'));
    return `${counts}${suppressed ? ` (${suppressed} suppressed)` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/markdown/markdown.ts

/**
 * GitHub Markdown built so that repository text can never become markup. Everything a renderer
 * shows from a repository (file and folder names, config values, `metadata.name`, policy titles,
 * messages and fixes of user policies) is written by whoever opened the pull request; on GitHub it
 * must stay text: no HTML, no images, no links, no @mentions or #references, no table row or code
 * span it could close.
 *
 * The API: a `Markdown` value is markup the tool built. Builders make one from repository text
 * (`text`, `code`, `codeBlock`), from the tool's own URLs (`link`), or from other `Markdown`
 * (`md`, `join`, `table`, `details`). The `md` template tag is how renderers write layout: its
 * literal parts are the tool's markup, and each `${value}` that is not already `Markdown` is
 * escaped as `text`. `trusted` wraps markup the tool itself wrote (hidden markers, Mermaid
 * charts), never repository text. `String(markdown)` is the final source.
 *
 * Text is escaped with character references, which GitHub reads as literal characters both in
 * Markdown and inside HTML blocks (`<details><summary>`), and with a zero-width space where GitHub
 * would otherwise link a mention, an issue reference or a bare URL after rendering.
 */
class Markdown {
    source;
    cell;
    constructor(source, 
    /** `source` as it may stand in a table cell (pipes of code spans escaped as GFM reads them). */
    cell) {
        this.source = source;
        this.cell = cell;
    }
    /** Only the builders below call this: a renderer builds through them. */
    static of(source, cell = source) {
        return new Markdown(source, cell);
    }
    toString() {
        return this.source;
    }
}
const ZWSP = '&#8203;';
/** Characters that are markup somewhere in GFM inline text, tables or HTML: always a reference. */
const MARKUP = new Set('&<>"\\`*_[]|~$');
/**
 * The markup characters, and where GitHub links or pictures text after rendering: @mentions (and
 * e-mail addresses), #123 references, bare URLs, `:emoji:` codes (some are images). One pass, so
 * that no escape is read again.
 */
const ESCAPED = /[&<>"\\`*_[\]|~$]|@|#(?=\d)|:(?=\/\/)|:(?=[\w+-]+:)|\bwww(?=\.)/gi;
/**
 * Markup only at the start of a line: indentation (code blocks, list continuations), headings,
 * quotes, list items, setext underlines and breaks.
 */
const LINE_START = /^(?:[ \t]|#{1,6}(?:[ \t]|$)|>|[-+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$)/;
/** Line breaks of CommonMark and of Unicode: text stays on its line. */
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
function escapeText(value) {
    const oneLine = terminal_visible(value.replace(BREAKS, ' '));
    const escaped = oneLine.replace(ESCAPED, (m) => (MARKUP.has(m) ? `&#${m.charCodeAt(0)};` : `${m}${ZWSP}`));
    // In a heading, `#`s after a space at the end are its closing sequence, and dropped.
    const closed = escaped.replace(/([ \t])#(#*[ \t]*)$/, '$1&#35;$2');
    // Wherever the text lands, it may be the start of a line (a list item's, a quote's).
    return LINE_START.test(closed) ? `&#${closed.charCodeAt(0)};${closed.slice(1)}` : closed;
}
/** Repository text as text: one line, every character shown as it is. */
function markdown_text(value) {
    if (value instanceof Markdown)
        return value;
    return Markdown.of(escapeText(String(value)));
}
/** Repository text as an inline code span, on one line; nothing inside can close it. */
function markdown_code(value) {
    const content = terminal_visible(value.replace(BREAKS, ' '));
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space keeps a backtick at either end apart from the fence (CommonMark strips one each side).
    const pad = /^`|`$|^ .* $/.test(content) || content === '' ? ' ' : '';
    const source = `${fence}${pad}${content}${pad}${fence}`;
    // In a table GFM splits cells on `|` before it sees code spans; `\|` is its escape. A backslash
    // already before a pipe would be read two ways, so such code is shown as an HTML code element.
    const cell = content.includes('\\|') ? `<code>${escapeText(content)}</code>` : source.replace(/\|/g, '\\|');
    return Markdown.of(source, cell);
}
/** Text as a fenced code block (`info`: the tool's own, e.g. `yaml`, `suggestion`, `mermaid`). */
function markdown_codeBlock(value, info = '') {
    // CommonMark shows a NUL as U+FFFD: written so here, the block reads the same everywhere.
    const content = value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
    const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // No content, no line: an empty suggestion deletes the lines it replaces.
    return Markdown.of(content === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${content}\n${fence}`);
}
/** Markup the tool itself wrote: a hidden marker, a chart. Never repository text. */
function markdown_trusted(source) {
    return Markdown.of(source, source);
}
/** Markdown from a template; see the module comment. */
function markdown_md(strings, ...values) {
    let source = strings[0];
    let cell = strings[0];
    values.forEach((value, i) => {
        const part = markdown_text(value);
        source += part.source + strings[i + 1];
        cell += part.cell + strings[i + 1];
    });
    return Markdown.of(source, cell);
}
/** Markdown pieces joined by a separator of the tool's own. */
function markdown_join(parts, separator = '') {
    return Markdown.of(parts.map((p) => p.source).join(separator), parts.map((p) => p.cell).join(separator));
}
/** Characters a URL may not hold as written in a Markdown link destination. */
const URL_UNSAFE = /[\s<>()[\]"'`|\\^{}]/g;
/**
 * A link to a URL the tool made (the server's blob and run pages, its own docs). Only `https:`
 * and `http:` URLs link; anything else is shown as code.
 */
function markdown_link(label, url) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        return markdown_md `${label} (${markdown_code(url)})`;
    const destination = url.replace(URL_UNSAFE, (c) => encodeURIComponent(c).replace(/^[()']$/, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`));
    const shown = markdown_text(label);
    return Markdown.of(`[${shown.source}](${destination})`, `[${shown.cell}](${destination})`);
}
/** A GFM table; each cell is one line, and no cell can end its row. */
function markdown_table(header, align, rows) {
    const parts = tableParts(header, align, rows);
    return markdown_join([parts.head, ...parts.rows], '\n');
}
/** A table as its head (header and alignment lines) and its rows, for output cut between rows. */
function tableParts(header, align, rows) {
    const line = (cells) => markdown_trusted(`| ${cells.map((c) => markdown_text(c).cell).join(' | ')} |`);
    const rule = `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
    return { head: markdown_trusted(`${line(header).source}\n${rule}`), rows: rows.map(line) };
}
/** A folded section: the summary is text (it sits in HTML), the body Markdown. */
function markdown_details(summary, body) {
    return Markdown.of(`<details><summary>${markdown_text(summary).source}</summary>\n\n${body.source}\n\n</details>`);
}

;// CONCATENATED MODULE: ./src/report/markdown/index.ts
// The one door to the Markdown layer: every renderer of GitHub Markdown builds through it.


;// CONCATENATED MODULE: ./src/report/markdown.ts





const PROCESS_TITLES = {
    taskmanager: 'TaskManager',
    jobmanager: 'JobManager',
};
const markdown_SEVERITY_ICONS = { error: '\u274c', warning: '\u26a0\ufe0f', info: '\u2139\ufe0f' };
/** The built-in rules' pages: the only rule docs shown as links (a user policy's `docs` is text). */
const RULE_DOCS = /^https:\/\/github\.com\/flink-memory-lint\/flink-memory-lint\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/;
/** A rule id, linked to its page where that is one of the tool's own. */
function markdown_ruleLink(ruleId, docs) {
    return docs && RULE_DOCS.test(docs) ? markdown_link(markdown_code(ruleId), docs) : markdown_code(ruleId);
}
function markdown_lineLink(links, file, line) {
    const label = markdown_md `${file}:${String(line)}`;
    if (!links)
        return label;
    const path = file.split('/').map(encodeURIComponent).join('/');
    return markdown_link(label, `${links.serverUrl}/${links.repository}/blob/${links.ref}/${path}#L${line}`);
}
function markdown_countsText(report) {
    const { errors, warnings, infos } = report.summary;
    return severityCounts(errors, warnings, infos);
}
/** `flink-conf.yaml:1 \u00b7 flink-conf \u00b7 Flink 1.20 (format) \u00b7 cluster-a` */
function configTitle(result, links) {
    const { config } = result;
    const parts = [markdown_lineLink(links, config.file, config.line), markdown_text(config.kind), markdown_text(contextText(config))];
    if (config.name)
        parts.push(markdown_code(config.name));
    return markdown_join(parts, ' \u00b7 ');
}
/** A fix's changes as code: `key: value`, or `remove key`. */
function markdown_fixChanges(fix) {
    return markdown_join(Object.entries(fix.set).map(([key, value]) => markdown_code(value === null ? `remove ${key}` : `${key}: ${value}`)), ', ');
}
function findingLine(finding, links) {
    const fix = finding.fix ? markdown_md ` Fix: ${markdown_fixChanges(finding.fix)}` : markdown_md ``;
    return markdown_md `- ${markdown_SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${markdown_ruleLink(finding.ruleId, finding.docs)} ${finding.message} (${markdown_lineLink(links, finding.file, finding.line)})${fix}`;
}
/** Why a process has no breakdown: Flink's own message, verbatim. */
function failureLine(process, result) {
    if (result.ok)
        return undefined;
    const what = markdown_md `**${PROCESS_TITLES[process]}**`;
    if ('unsupported' in result)
        return markdown_md `${what}: ${result.reason}`;
    return markdown_md `${what}: Flink refuses this configuration: ${markdown_code(`${result.errorType}: ${result.error}`)}`;
}
/** A table of base, head and change per component; either side may be missing. */
function diffTable(process, rows, withBase) {
    const size = (bytes) => (bytes === undefined ? '\u2014' : (0,flink/* formatSize */.Xq)(bytes));
    if (!withBase)
        return markdown_table([PROCESS_TITLES[process], 'Size'], ['left', 'right'], rows.map((row) => [row.label, size(row.head)]));
    return markdown_table([PROCESS_TITLES[process], 'Base', 'Head', 'Change'], ['left', 'right', 'right', 'right'], rows.map((row) => {
        const change = row.base === undefined || row.head === undefined
            ? '\u2014'
            : row.base === row.head
                ? (0,flink/* formatChange */.eD)(0n)
                : markdown_md `**${(0,flink/* formatChange */.eD)(row.head - row.base)}**`;
        return [row.label, size(row.base), size(row.head), change];
    }));
}
/** A table of one derived process's components. */
function breakdownTable(process, result) {
    const rows = componentRows(process, result);
    if (!rows)
        return failureLine(process, result) ?? markdown_md ``;
    return diffTable(process, rows.map((r) => ({ label: r.label, head: r.bytes })), false);
}
/** Findings per config id, and the file-level ones per file. */
function markdown_groupFindings(findings) {
    const byConfig = new Map();
    const byFile = new Map();
    for (const finding of findings) {
        const [map, key] = finding.configId === undefined ? [byFile, finding.file] : [byConfig, finding.configId];
        const list = map.get(key) ?? [];
        list.push(finding);
        map.set(key, list);
    }
    return { byConfig, byFile };
}
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/** Room kept for the closing tag and the note that says what was cut. */
const RESERVE = 2000;
/**
 * Joins the sections while they fit in `limit` bytes, in order, keeping every opened section
 * closed; from the first block that does not fit, everything after it is left out and `note` says
 * what. The same input always gives the same cut.
 */
function markdown_fitSections(sections, limit, note) {
    const parts = [];
    let size = 0;
    const add = (text) => {
        parts.push(text);
        size += byteLength(text);
    };
    for (const [s, section] of sections.entries()) {
        if (section.blocks.length === 0)
            continue;
        const separator = section.separator ?? '\n\n';
        const close = section.close === undefined ? '' : `\n\n${section.close.source}`;
        const closeSize = byteLength(close) + 2;
        const start = parts.length;
        if (section.open !== undefined)
            add(`${section.open.source}${separator}`);
        for (const [b, block] of section.blocks.entries()) {
            const piece = b === 0 ? block.text.source : `${separator}${block.text.source}`;
            if (size + byteLength(piece) + closeSize + RESERVE > limit) {
                const left = { configs: 0, findings: 0 };
                for (const dropped of [
                    section.blocks.slice(b),
                    ...sections.slice(s + 1).map((x) => x.blocks),
                ].flat()) {
                    left.configs += dropped.counts?.configs ?? 0;
                    left.findings += dropped.counts?.findings ?? 0;
                }
                if (b === 0)
                    parts.length = start;
                else
                    add(`${close}\n\n`);
                return `${parts.join('')}${note(left).source}\n`;
            }
            add(piece);
        }
        add(`${close}\n\n`);
    }
    return parts.join('').replace(/\n+$/, '\n');
}

;// CONCATENATED MODULE: ./src/report/diff-text.ts





const NONE = '\u2014';
const STATUS_ORDER = ['changed', 'added', 'removed', 'unchanged'];
/** Columns padded to their widest cell: names to the left, sizes to the right. */
function diff_text_table(title, rows) {
    const cells = [
        [title, 'base', 'head', 'change'],
        ...rows.map((row) => [
            row.label,
            row.base === undefined ? NONE : (0,flink/* formatSize */.Xq)(row.base),
            row.head === undefined ? NONE : (0,flink/* formatSize */.Xq)(row.head),
            row.base === undefined || row.head === undefined ? NONE : (0,flink/* formatChange */.eD)(row.head - row.base),
        ]),
    ];
    const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)));
    return cells.map(([label, ...sizes]) => `  ${label.padEnd(widths[0])}  ${sizes.map((size, i) => size.padStart(widths[i + 1])).join('  ')}`);
}
function processLines(diff) {
    const title = PROCESS_TITLES[diff.process];
    if (!diff.changed) {
        const what = diff.head?.ok
            ? `process ${(0,flink/* formatSize */.Xq)(diff.head.memory.totalProcess)}`
            : terminal_visible(breakdown_diff_failureText(diff.head) ?? '');
        return [`  ${title} unchanged: ${what}`];
    }
    const lines = [];
    for (const side of ['base', 'head']) {
        const failure = breakdown_diff_failureText(diff[side]);
        if (failure)
            lines.push(`  ${title} ${side}: ${terminal_visible(failure)}`);
    }
    if (diff.rows.length > 0)
        lines.push(...diff_text_table(title, diff.rows));
    return lines;
}
function configLines(diff) {
    const shown = diff.head ?? diff.base;
    const line = shown ? `:${shown.config.line}` : '';
    const baseFile = diff.base?.config.file;
    const renamed = diff.head && baseFile !== undefined && baseFile !== diff.file
        ? `, renamed from ${terminal_visible(baseFile)}`
        : '';
    const heading = `${terminal_visible(diff.file)}${line}  ${diff.status}${renamed}`;
    if (diff.status === 'unchanged')
        return [heading];
    return [heading, ...diff.processes.flatMap(processLines)];
}
function diff_text_countsText(diffs) {
    if (diffs.length === 0)
        return 'no config file differs';
    const counts = STATUS_ORDER.map((status) => [status, diffs.filter((d) => d.status === status).length])
        .filter(([, count]) => count > 0)
        .map(([status, count]) => `${count} ${status}`);
    return `${text_plural(diffs.length, 'config')} in the files that differ: ${counts.join(', ')}`;
}
/** `Changed against main (1a2b3c4d5e6f): 3 configs in the files that differ: 1 changed, 2 added`. */
function comparisonHeadline({ ref, commit, diffs }) {
    const short = commit.slice(0, 12);
    const against = ref === commit || ref === short ? short : `${ref} (${short})`;
    return `Changed against ${against}: ${diff_text_countsText(diffs)}`;
}
/**
 * The "Changed against REF" section of `lint --base REF`: per config in the files that differ,
 * each process's components on both sides and the signed change, sized as the PR comment sizes them.
 */
function diffText(comparison) {
    const sections = [
        comparisonHeadline(comparison),
        ...comparison.diffs.map((d) => configLines(d).join('\n')),
    ];
    return `${sections.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/findings-json.ts
/** A finding as plain JSON, keys in a stable order (absent fields left out). */
function findingToJson(f) {
    const out = {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
    };
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if (f.endColumn !== undefined)
        out.endColumn = f.endColumn;
    if (f.configId !== undefined)
        out.configId = f.configId;
    if (f.key !== undefined)
        out.key = f.key;
    if (f.process !== undefined)
        out.process = f.process;
    if (f.assumed !== undefined)
        out.assumed = f.assumed;
    if (f.fix !== undefined)
        out.fix = f.fix;
    if (f.docs !== undefined)
        out.docs = f.docs;
    if (f.suppressed !== undefined)
        out.suppressed = f.suppressed;
    return out;
}

;// CONCATENATED MODULE: ./src/report/diff-json.ts


const bytes = (value) => (value === undefined ? null : bytesToJson(value));
function processJson(diff) {
    const baseError = breakdown_diff_failureText(diff.base);
    const headError = breakdown_diff_failureText(diff.head);
    return {
        changed: diff.changed,
        ...(baseError !== undefined ? { baseError } : {}),
        ...(headError !== undefined ? { headError } : {}),
        rows: diff.rows.map((row) => ({
            component: row.label,
            base: bytes(row.base),
            head: bytes(row.head),
            change: row.base === undefined || row.head === undefined ? null : bytesToJson(row.head - row.base),
        })),
    };
}
function diffJson(diff) {
    const shown = diff.head ?? diff.base;
    return {
        file: diff.file,
        line: shown?.config.line ?? null,
        index: diff.index,
        status: diff.status,
        ...(diff.base ? { baseFile: diff.base.config.file, baseLine: diff.base.config.line } : {}),
        processes: Object.fromEntries(diff.processes.map((p) => [p.process, processJson(p)])),
    };
}
/** The `base` and `diffs` members `lint --base REF --format json` adds: sizes in bytes as JSON integers. */
function comparisonJson(comparison) {
    return {
        base: { ref: comparison.ref, commit: comparison.commit },
        diffs: comparison.diffs.map(diffJson),
    };
}

;// CONCATENATED MODULE: ./src/report/lint-json.ts




function entryJson(entry) {
    return {
        value: toJsonValue(entry.value),
        line: entry.location.line,
        column: entry.location.column,
        origin: entry.origin,
        ...(entry.unresolved ? { unresolved: true } : {}),
    };
}
/** Key \u2192 the value Flink ends up with and where it is written; earlier values it replaced under `overrides`. */
function entriesJson(entries) {
    const result = {};
    for (const entry of entries) {
        const earlier = result[entry.key];
        const json = entryJson(entry);
        if (earlier) {
            // One array a key, moved along: a key written 60,000 times must not copy it each time.
            const overrides = earlier.overrides ?? [];
            delete earlier.overrides;
            overrides.push(earlier);
            json.overrides = overrides;
        }
        result[entry.key] = json;
    }
    return result;
}
function containerJson(config) {
    return Object.fromEntries(Object.entries(config.container).map(([process, limit]) => [
        process,
        {
            bytes: bytesToJson(limit.bytes),
            text: limit.text,
            source: limit.source,
            ...(limit.location
                ? {
                    // A limit written in another file (a workload mounting the config's ConfigMap) names it.
                    ...(limit.location.file !== config.file ? { file: limit.location.file } : {}),
                    line: limit.location.line,
                    column: limit.location.column,
                }
                : {}),
            ...(limit.requestBytes !== undefined ? { requestBytes: bytesToJson(limit.requestBytes) } : {}),
        },
    ]));
}
function configJson({ config, breakdown }) {
    return {
        id: config.id,
        file: config.file,
        line: config.line,
        column: config.column,
        kind: config.kind,
        ...(config.name !== undefined ? { name: config.name } : {}),
        flinkVersion: config.flinkVersion,
        flinkVersionSource: config.flinkVersionSource,
        context: contextJson(config),
        deployment: config.deployment,
        processes: config.processes,
        entries: entriesJson(config.entries),
        ...(config.base
            ? { base: { source: config.base.source, entries: entriesJson(config.base.entries) } }
            : {}),
        container: containerJson(config),
        ...(config.replicas ? { replicas: config.replicas } : {}),
        ...(config.image !== undefined ? { image: config.image } : {}),
        problems: config.problems.map((p) => ({
            code: p.code,
            message: p.message,
            line: p.location.line,
            column: p.location.column,
        })),
        // A process the config does not start (a FlinkSessionJob, a TaskManager-only service) has no result.
        taskmanager: config.processes.includes('taskmanager') ? resultToJson(breakdown.taskmanager) : null,
        jobmanager: config.processes.includes('jobmanager') ? resultToJson(breakdown.jobmanager) : null,
    };
}
/**
 * `lint --format json`: `{tool, configs, findings, notices, summary}`, and `base` and `diffs` when
 * compared with a git revision.
 */
function lintJson(report, comparison) {
    return [...lintJsonChunks(report, comparison)].join('');
}
/**
 * The text of `lintJson` piece by piece, each config and finding turned into JSON as it is
 * written: a tree of 20,000 configs never holds its whole report as one string or one object.
 */
function* lintJsonChunks(report, comparison) {
    yield* indentedJson([
        ['tool', report.tool],
        ['configs', lazy(report.configs, configJson)],
        ['findings', lazy(report.findings, findingToJson)],
        ['suppressed', lazy(report.suppressed, findingToJson)],
        ['notices', report.notices],
        ['summary', report.summary],
        ...Object.entries(comparison ? comparisonJson(comparison) : {}),
    ]);
}
/** An array whose items are turned into JSON values only when written. */
class Lazy {
    items;
    toJson;
    constructor(items, toJson) {
        this.items = items;
        this.toJson = toJson;
    }
}
const lazy = (items, toJson) => new Lazy(items, toJson);
/** `JSON.stringify(value, null, 2)` of a value that is written after `indent`. */
const nested = (value, indent) => (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
/** Exactly what `JSON.stringify(object, null, 2)` writes for an object of these fields, in pieces. */
function* indentedJson(fields) {
    let first = true;
    for (const [key, value] of fields) {
        if (value === undefined || typeof value === 'function')
            continue;
        yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
        first = false;
        if (!(value instanceof Lazy)) {
            yield nested(value, '  ');
            continue;
        }
        const { items, toJson } = value;
        if (items.length === 0) {
            yield '[]';
            continue;
        }
        for (let i = 0; i < items.length; i++)
            yield `${i === 0 ? '[' : ','}\n    ${nested(toJson(items[i]), '    ')}`;
        yield '\n  ]';
    }
    yield first ? '{}\n' : '\n}\n';
}

// EXTERNAL MODULE: ./src/link/index.ts + 14 modules
var src_link = __webpack_require__(1029);
;// CONCATENATED MODULE: ./src/report/lint-text.ts






const lint_text_paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
function lint_text_failureText(result) {
    if ('unsupported' in result)
        return result.error ?? result.reason;
    return result.error;
}
/** One line per process: the total and its main parts. */
function processLine(process, result, color, limit) {
    const label = process.padEnd(11);
    if (!result.ok)
        return `  ${label} ${lint_text_paint(color, '31', terminal_visible(lint_text_failureText(result)))}`;
    const m = result.memory;
    const parts = 'taskHeap' in m
        ? [
            `heap ${(0,flink/* formatSize */.Xq)(m.frameworkHeap + m.taskHeap)}`,
            `managed ${(0,flink/* formatSize */.Xq)(m.managed)}`,
            `network ${(0,flink/* formatSize */.Xq)(m.network)}`,
            `off-heap ${(0,flink/* formatSize */.Xq)(m.frameworkOffHeap + m.taskOffHeap)}`,
        ]
        : [`heap ${(0,flink/* formatSize */.Xq)(m.jvmHeap)}`, `off-heap ${(0,flink/* formatSize */.Xq)(m.offHeap)}`];
    parts.push(`metaspace ${(0,flink/* formatSize */.Xq)(m.jvmMetaspace)}`, `overhead ${(0,flink/* formatSize */.Xq)(m.jvmOverhead)}`);
    const container = limit !== undefined ? `; container limit ${(0,flink/* formatSize */.Xq)(limit)}` : '';
    return `  ${label} process ${(0,flink/* formatSize */.Xq)(m.totalProcess)} = ${parts.join(', ')}${container}`;
}
/** `TM 4096 MiB`, `JM refused`: a process's total, or why there is none. */
function totalText(process, result) {
    const name = process === 'taskmanager' ? 'TM' : 'JM';
    if (result.ok)
        return `${name} ${(0,flink/* formatSize */.Xq)(result.memory.totalProcess)}`;
    return `${name} ${'unsupported' in result ? 'n/a' : 'refused'}`;
}
/** One line per config: where, what, the Flink version, process sizes, its findings. */
function configLine({ config, breakdown }, findings, color) {
    const name = config.name ? ` ${terminal_visible(config.name)}` : '';
    const totals = ['taskmanager', 'jobmanager']
        .filter((p) => config.processes.includes(p))
        .map((p) => totalText(p, breakdown[p]));
    const [errors, warnings, infos] = findings;
    return [
        lint_text_paint(color, '1', `${terminal_visible(config.file)}:${config.line}`),
        `${config.kind}${name}`,
        judgedWith(config),
        ...(totals.length > 0 ? totals : ['no Flink process']),
        errors + warnings + infos > 0 ? severityCounts(errors, warnings, infos) : 'ok',
    ].join('  ');
}
/**
 * The version, and where a file placed the config (an image, a Dockerfile, a container's limit),
 * where it came from: a config nothing placed is judged by what its format implies, said in full
 * with --verbose.
 */
function judgedWith(config) {
    const placed = contextParts(config).length > 1 || config.contextName !== undefined;
    return placed || !(0,src_link/* isFormatImplied */.O5)(config.flinkVersionSource)
        ? terminal_visible(contextText(config))
        : `Flink ${config.flinkVersion}`;
}
function configText(result, color) {
    const { config, breakdown } = result;
    const lines = [`  ${terminal_visible(contextText(config))}, ${config.deployment}`];
    if (config.processes.length === 0)
        lines.push('  starts no Flink process of its own');
    for (const process of config.processes) {
        lines.push(processLine(process, breakdown[process], color, config.container[process]?.bytes));
    }
    return lines;
}
/**
 * The terminal report, quiet by default: the findings as actionlint prints them (source line and
 * caret, fix, docs; a rule repeated many times shown a few times and counted), then one line per
 * config, the change against a base revision where there is one, notices, and a summary.
 * `verbose` adds each config's breakdown and lists every repeated finding.
 */
function lintText(report, options = {}) {
    const color = options.color ?? false;
    const out = [];
    const s = report.summary;
    const scope = `${text_plural(s.configs, 'Flink config')} in ${text_plural(s.files, 'file')}: `;
    const findings = renderText(report.findings, {
        sources: report.sources,
        color,
        suppressed: report.suppressed,
        scope,
        verbose: options.verbose,
    });
    // The summary line closes the report; the findings come first.
    const findingLines = findings.trimEnd().split('\n');
    const summary = findingLines.pop() ?? '';
    while (findingLines.at(-1) === '')
        findingLines.pop();
    if (findingLines.length > 0)
        out.push(...findingLines, '');
    const counts = new Map();
    for (const f of report.findings) {
        if (f.configId === undefined)
            continue;
        const c = counts.get(f.configId) ?? [0, 0, 0];
        c[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
        counts.set(f.configId, c);
    }
    for (const result of report.configs) {
        out.push(configLine(result, counts.get(result.config.id) ?? [0, 0, 0], color));
        if (options.verbose)
            out.push(...configText(result, color));
    }
    if (report.configs.length > 0)
        out.push('');
    if (options.comparison)
        out.push(diffText(options.comparison));
    for (const notice of report.notices) {
        const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
        out.push(`${lint_text_paint(color, '2', `note: ${terminal_visible(`${where}${notice.message}`)}`)}`);
    }
    if (report.notices.length > 0)
        out.push('');
    out.push(summary);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/derive/index.ts + 1 modules
var derive = __webpack_require__(8859);
;// CONCATENATED MODULE: ./src/report/change-overview.ts



/** `taskmanager.numberOfTaskSlots` as Flink reads it (default 1). */
function slotCount(result) {
    if (!result)
        return 1;
    const value = (0,derive/* flinkView */.Mh)(result.config).get('taskmanager.numberOfTaskSlots');
    const slots = value === undefined ? 1 : (0,flink/* parseJavaInt */.rz)(String(value).trim());
    return slots !== undefined && slots > 0 ? slots : 1;
}
function perSlot(result, part) {
    const tm = result?.breakdown.taskmanager;
    if (!result?.config.processes.includes('taskmanager') || !tm?.ok)
        return undefined;
    return tm.memory[part] / BigInt(slotCount(result));
}
function total(result) {
    return result?.ok ? result.memory.totalProcess : undefined;
}
function changeFigures(diff) {
    const process = {};
    for (const p of diff.processes) {
        process[p.process] = {
            base: total(p.base),
            head: total(p.head),
            baseFailure: breakdown_diff_failureText(p.base),
            headFailure: breakdown_diff_failureText(p.head),
        };
    }
    return {
        process,
        taskHeapPerSlot: { base: perSlot(diff.base, 'taskHeap'), head: perSlot(diff.head, 'taskHeap') },
        managedPerSlot: { base: perSlot(diff.base, 'managed'), head: perSlot(diff.head, 'managed') },
    };
}
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** The worst severity among findings, or undefined. */
function worstSeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]?.severity;
}
/** What a finding says, without where: equal for the same finding in two configs. */
function change_overview_findingGist(f) {
    return JSON.stringify([f.severity, f.ruleId, f.message, f.fix?.description ?? '', f.fix?.set ?? {}]);
}
function changeKey(change) {
    const { diff } = change;
    const processes = diff.processes.map((p) => [
        p.process,
        p.rows.map((r) => [r.label, String(r.base), String(r.head)]),
        breakdown_diff_failureText(p.base) ?? '',
        breakdown_diff_failureText(p.head) ?? '',
    ]);
    const slots = [slotCount(diff.base), slotCount(diff.head)];
    return JSON.stringify([diff.status, processes, slots, change.findings.map(change_overview_findingGist).sort()]);
}
/** The changed configs (not `unchanged`) with their findings, in the diffs' order. */
function change_overview_changedConfigs(diffs, findingsByConfig) {
    return diffs
        .filter((d) => d.status !== 'unchanged')
        .map((diff) => ({
        diff,
        result: (diff.head ?? diff.base),
        figures: changeFigures(diff),
        findings: diff.head ? (findingsByConfig.get(diff.head.config.id) ?? []) : [],
    }));
}
/** Changed configs grouped by identical change, groups in the order of their first config. */
function change_overview_groupChanges(changes) {
    const groups = new Map();
    for (const change of changes) {
        const key = changeKey(change);
        const group = groups.get(key) ?? { key, configs: [] };
        group.configs.push(change);
        groups.set(key, group);
    }
    return [...groups.values()];
}
/** `+50%`, `-12%`, `+0.4%`: the change of a size relative to its base. */
function percentChange(base, head) {
    if (base === 0n || base === head)
        return undefined;
    const tenths = Number(((head - base) * 1000n) / base);
    const abs = Math.abs(tenths);
    const shown = abs >= 100 ? String(Math.round(abs / 10)) : (abs / 10).toFixed(1).replace(/\.0$/, '');
    return `${head > base ? '+' : '-'}${shown}%`;
}

;// CONCATENATED MODULE: ./src/report/breakdown-picture.ts


/**
 * A picture of a process's memory on the base and the head side, component by component: as a
 * Mermaid chart for GitHub to draw (the PR comment, the job summary), as plain text for a
 * runner's log and a terminal. In both a component that is zero on one side shows as `0` with no
 * bar instead of vanishing (a pie drops it, which hides the very change a finding may be about).
 */
const EIGHTHS = (/* unused pure expression or super */ null && (['', '\u258f', '\u258e', '\u258d', '\u258c', '\u258b', '\u258a', '\u2589']));
/** A bar of `bytes` out of `scale`, `width` cells wide at most, to an eighth of a cell. */
function bar(bytes, scale, width) {
    if (scale <= 0n || bytes <= 0n)
        return '';
    const eighths = Number((bytes * BigInt(width * 8) + scale / 2n) / scale);
    // Something that is not zero keeps at least a sliver.
    const n = Math.max(1, eighths);
    return '\u2588'.repeat(Math.floor(n / 8)) + EIGHTHS[n % 8];
}
const breakdown_picture_PROCESS_LABELS = {
    taskmanager: 'TaskManager',
    jobmanager: 'JobManager',
};
function parts(process, result) {
    if (!result?.ok)
        return undefined;
    const list = (process === 'taskmanager' ? TASKMANAGER_PARTS : JOBMANAGER_PARTS);
    return new Map(list.map((p) => [p.label, p.bytes(result.memory)]));
}
/**
 * Lines of the picture: a header naming the sides and their totals, then one line per component
 * with each side's size and bar. Undefined when neither side has a breakdown.
 */
function breakdown_picture_breakdownPicture(process, base, head, width = 16) {
    const b = parts(process, base);
    const h = parts(process, head);
    if (!b && !h)
        return undefined;
    const labels = [...(h ?? b).keys()];
    const scale = [...(b?.values() ?? []), ...(h?.values() ?? [])].reduce((m, v) => (v > m ? v : m), 0n);
    const labelWidth = Math.max(breakdown_picture_PROCESS_LABELS[process].length, ...labels.map((l) => l.length));
    const side = (sizes, label) => {
        if (!sizes)
            return '\u2014'.padStart(10).padEnd(11 + width);
        const bytes = sizes.get(label) ?? 0n;
        return `${formatSize(bytes).padStart(10)} ${bar(bytes, scale, width).padEnd(width)}`;
    };
    const heading = (name, result) => `${name} ${result?.ok ? formatSize(result.memory.totalProcess) : result ? 'refused' : '\u2014'}`.padEnd(11 + width);
    const showBase = base !== undefined;
    const lines = [
        [
            breakdown_picture_PROCESS_LABELS[process].padEnd(labelWidth),
            ...(showBase ? [heading('base', base)] : []),
            heading('head', head),
        ],
        ...labels.map((label) => [
            label.padEnd(labelWidth),
            ...(showBase ? [side(b, label)] : []),
            side(h, label),
        ]),
    ].map((cells) => cells.join('  '));
    return lines.map((line) => line.trimEnd());
}
const MIB = (/* unused pure expression or super */ null && (1n << 20n));
/** Bytes as MiB with one decimal at most, as a chart's number. */
function mib(bytes) {
    const tenths = (bytes * 20n + MIB) / (MIB * 2n);
    return tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}.${tenths % 10n}`;
}
/**
 * Text in a Mermaid chart: only what a label needs. The chart holds the tool's own component
 * names and numbers, never repository text; this keeps it so should that ever change (no quote to
 * end the string, no `%%` directive, no backtick to end the code block).
 */
function chartText(value) {
    return value.replace(/[^\w .,:+()/\u2192-]/g, '').replace(/\s+/g, ' ');
}
/**
 * The chart's settings (Mermaid's frontmatter `config`). The size axis shows no numbers: the
 * labels carry them, and Mermaid pads that axis by half its widest number and starts every bar at
 * the padding's edge, which would draw a zero as a stub (mermaid-js/mermaid
 * `packages/mermaid/src/diagrams/xychart/chartBuilder/components/axis/baseAxis.ts`). Base grey,
 * head blue: both read on GitHub's light and dark backgrounds.
 */
const CHART_CONFIG = (/* unused pure expression or super */ null && ([
    '---',
    'config:',
    '  xyChart:',
    '    yAxis:',
    '      showLabel: false',
    '      showTitle: false',
    '      showTick: false',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#8c959f, #0969da"',
    '---',
]));
/**
 * The same picture as a Mermaid `xychart-beta` chart, which GitHub draws from a `mermaid` code
 * block: one horizontal bar per component and side, the base's bars in the first colour and the
 * head's in the second, each labelled with its component, side and size, so that a component
 * that is zero on one side shows as `0 MiB` beside the other side's bar. Mermaid lays bars of
 * several series over one another on the same category, not side by side
 * (mermaid-js/mermaid `packages/mermaid/src/diagrams/xychart/chartBuilder/components/plot/barPlot.ts`):
 * each side is a series that is zero on the other side's categories. The scale starts at zero (a
 * range read from the data would start at the smallest bar). Undefined without a breakdown.
 */
function breakdown_picture_breakdownChart(process, base, head) {
    const sides = [
        { name: 'base', sizes: parts(process, base), result: base },
        { name: 'head', sizes: parts(process, head), result: head },
    ].filter((s) => s.result !== undefined);
    const drawn = sides.filter((s) => s.sizes !== undefined);
    if (drawn.length === 0)
        return undefined;
    const labels = [...drawn[drawn.length - 1].sizes.keys()];
    const categories = [];
    const series = drawn.map(() => []);
    let largest = 0n;
    for (const label of labels)
        drawn.forEach((side, i) => {
            const bytes = side.sizes.get(label) ?? 0n;
            if (bytes > largest)
                largest = bytes;
            categories.push(`${label} ${side.name} ${formatSize(bytes)}`);
            drawn.forEach((_, j) => series[j].push(i === j ? mib(bytes) : '0'));
        });
    const total = (s) => `${s.name} ${s.result.ok ? formatSize(s.result.memory.totalProcess) : 'refused'}`;
    const quoted = (value) => `"${chartText(value)}"`;
    return [
        ...CHART_CONFIG,
        'xychart-beta horizontal',
        `  title ${quoted(`${breakdown_picture_PROCESS_LABELS[process]}: ${sides.map(total).join(', ')}`)}`,
        `  x-axis [${categories.map(quoted).join(', ')}]`,
        `  y-axis 0 --> ${mib(largest === 0n ? MIB : largest)}`,
        ...series.map((values) => `  bar [${values.join(', ')}]`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-overview.ts







/**
 * The pull request at a glance, shared by the PR comment and the job summary: one table with a
 * row per changed config (or per identical change, when the comment must be short), the findings
 * with identical ones said once, and each distinct change's detail folded.
 */
const PROCESSES = ['taskmanager', 'jobmanager'];
/** `4096 \u2192 6144 MiB (+50%)`, `6144 MiB`, `4096 MiB \u2192 refused`, `\u2014`. */
function pairCell(pair, failures) {
    if (!pair)
        return '\u2014';
    const side = (bytes, failure) => bytes !== undefined ? (0,flink/* formatSize */.Xq)(bytes) : failure ? 'refused' : undefined;
    const base = side(pair.base, failures?.base);
    const head = side(pair.head, failures?.head);
    if (head === undefined && base === undefined)
        return '\u2014';
    if (base === undefined)
        return head;
    if (head === undefined)
        return `${base} \u2192 removed`;
    if (pair.base === pair.head && base === head)
        return head;
    if (pair.base === undefined || pair.head === undefined)
        return `${base} \u2192 ${head}`;
    const pct = percentChange(pair.base, pair.head);
    // `4096 \u2192 6144 MiB` when both sides share the unit.
    const [bNum, bUnit] = base.split(' ');
    const [hNum, hUnit] = head.split(' ');
    const sides = bUnit === hUnit ? `${bNum} \u2192 ${hNum} ${hUnit}` : `${base} \u2192 ${head}`;
    return pct ? `${sides} (${pct})` : sides;
}
function tmFailures(change) {
    const tm = change.figures.process.taskmanager;
    return tm && { base: tm.baseFailure, head: tm.headFailure };
}
function processCell(change, process) {
    const figures = change.figures.process[process];
    if (!figures)
        return '\u2014';
    return pairCell(figures, { base: figures.baseFailure, head: figures.headFailure });
}
/** What a reviewer should make of the config: refused, the worst finding, or fine. */
function verdict(change) {
    const refused = PROCESSES.filter((p) => change.figures.process[p]?.headFailure?.startsWith('unsupported') === false);
    if (change.diff.status === 'removed')
        return markdown_md `
removed
    `;
    if (refused.length > 0)
        return markdown_md `\u274c Flink refuses the ${refused.map((p) => breakdown_picture_PROCESS_LABELS[p]).join(' and ')}`;
    const worst = worstSeverity(change.findings);
    if (!worst)
        return markdown_md `\u2705 ${change.diff.status === 'added' ? 'new, ' : ''}no findings`;
    const count = change.findings.filter((f) => f.severity === worst).length;
    return markdown_md `${markdown_SEVERITY_ICONS[worst]} ${text_plural(count, worst === 'info' ? 'notice' : worst)}`;
}
function configCell(change, links, linked) {
    const { config } = change.result;
    const where = linked
        ? markdown_lineLink(links, config.file, config.line)
        : markdown_md `${config.file}:${String(config.line)}`;
    return config.name ? markdown_md `${where} ${markdown_code(config.name)}` : where;
}
/** Most configs named in one grouped cell or entry; the rest are counted. */
const NAMED = 8;
function namedList(items, separator, most = NAMED) {
    const shown = items.slice(0, most);
    const more = items.length - shown.length;
    return markdown_join([...shown, ...(more > 0 ? [markdown_md `and ${String(more)} more`] : [])], separator);
}
/** The overview table. */
function overviewTable(groups, options = {}) {
    const parts = markdown_overview_overviewParts(groups, options);
    return markdown_join([parts.head, ...parts.rows], '\n');
}
/** The overview table as its head and rows, for output cut between rows. */
function markdown_overview_overviewParts(groups, options = {}) {
    const linked = options.linked ?? true;
    const rows = groups.flatMap((group) => {
        const first = group.configs[0];
        const figures = [
            processCell(first, 'taskmanager'),
            processCell(first, 'jobmanager'),
            pairCell(first.figures.taskHeapPerSlot, tmFailures(first)),
            pairCell(first.figures.managedPerSlot, tmFailures(first)),
        ];
        if (options.grouped && group.configs.length > 1) {
            const names = group.configs.map((c) => configCell(c, options.links, false));
            const cell = markdown_md `${text_plural(group.configs.length, 'config')}: ${namedList(names, ', ', 4)}`;
            return [[cell, ...figures, verdict(first)]];
        }
        return group.configs.map((c) => [configCell(c, options.links, linked), ...figures, verdict(c)]);
    });
    return tableParts(['Config', 'TaskManager', 'JobManager', 'Task heap / slot', 'Managed / slot', 'Verdict'], ['left', 'right', 'right', 'right', 'right', 'left'], rows);
}
/** Findings that say the same thing in several places, said once with the places. */
function groupFindingsByGist(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = findingGist(f);
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const rank = { error: 0, warning: 1, info: 2 };
    return [...groups.values()].sort((a, b) => rank[a[0].severity] - rank[b[0].severity]);
}
/** A finding (or the same finding in several places): severity, rule, message, where, and the fix on its own line. */
function findingEntry(group, links, most = NAMED) {
    const f = group[0];
    const places = group.map((g) => group.length === 1 ? lineLink(links, g.file, g.line) : md `${g.file}:${String(g.line)}`);
    const where = group.length === 1
        ? md `(${places[0]})`
        : md `(${plural(group.length, 'place')}: ${namedList(places, ', ', most)})`;
    const lines = [
        md `- ${SEVERITY_ICONS[f.severity]} **${f.severity}** ${ruleLink(f.ruleId, f.docs)} ${f.message} ${where}`,
    ];
    if (f.fix) {
        const what = f.fix.description ? md ` ${f.fix.description}` : md ``;
        const set = Object.keys(f.fix.set).length > 0 ? md ` ${fixChanges(f.fix)}` : md ``;
        lines.push(md `  **Fix:**${what}${set}`);
    }
    // A paragraph of its own inside the list item: the fix never runs into the message.
    return join(lines, '\n\n');
}
function markdown_overview_findingBlocks(findings, links, most = NAMED) {
    return groupFindingsByGist(findings).map((group) => ({
        text: findingEntry(group, links, most),
        counts: { findings: group.length },
    }));
}
/** The rows of a process that changed (the `\u00b10` ones left out), or every row of a new config. */
function changedRowsTable(diff, process) {
    const p = diff.processes.find((x) => x.process === process);
    if (!p)
        return undefined;
    const size = (bytes) => (bytes === undefined ? '\u2014' : formatSize(bytes));
    if (diff.status === 'added' || diff.status === 'removed') {
        const rows = p.rows.map((r) => [r.label, size(r.head ?? r.base)]);
        return rows.length ? table([PROCESS_LABELS[process], 'Size'], ['left', 'right'], rows) : undefined;
    }
    // Both sides derived: the changed components. One side refused: its reason says it all.
    if (!p.base?.ok || !p.head?.ok)
        return undefined;
    const rows = p.rows
        .filter((r) => r.base !== r.head)
        .map((r) => [r.label, size(r.base), size(r.head), md `**${formatChange(r.head - r.base)}**`]);
    if (rows.length === 0)
        return undefined;
    return table([PROCESS_LABELS[process], 'Base', 'Head', 'Change'], ['left', 'right', 'right', 'right'], rows);
}
/** Why a side has no breakdown, in Flink's words. */
function markdown_overview_failureLines(diff, findings) {
    const out = [];
    for (const p of diff.processes) {
        const reason = failureText(p.head);
        if (!reason || reason === failureText(p.base))
            continue;
        const what = PROCESS_LABELS[p.process];
        out.push('unsupported' in p.head
            ? md `**${what}**: ${reason.replace(/^unsupported: /, '')}`
            : md `**${what}**: Flink refuses the head side: ${code(reason)}`);
    }
    if (out.length > 0) {
        // The fix of a finding on this config, where one says how to make Flink accept it.
        for (const f of findings.filter((x) => x.fix))
            out.push(md `**Fix** (${code(f.ruleId)}):${f.fix?.description ? md ` ${f.fix.description}` : md ``} ${fixChanges(f.fix)}`);
    }
    return out;
}
/** The body of one distinct change: which configs, Flink's refusal, the changed rows, the picture. */
function changeBody(group, links, withPicture) {
    const first = group.configs[0];
    const parts = [];
    if (group.configs.length > 1)
        parts.push(md `The same change in ${plural(group.configs.length, 'config')}: ${namedList(group.configs.map((c) => configCell(c, links, false)), ', ', 20)}.`);
    parts.push(...markdown_overview_failureLines(first.diff, first.findings));
    for (const process of PROCESSES) {
        const rows = changedRowsTable(first.diff, process);
        if (rows)
            parts.push(rows);
    }
    if (withPicture) {
        for (const p of first.diff.processes) {
            // Unchanged, or refused on the head side (the reason above is the picture).
            if (!p.changed && first.diff.status === 'changed')
                continue;
            if (p.head && !p.head.ok)
                continue;
            const chart = breakdownChart(p.process, p.base, p.head);
            if (chart)
                parts.push(codeBlock(chart, 'mermaid'));
        }
    }
    return join(parts, '\n\n');
}
/** Where the total stayed but its parts moved: the parts that did, largest first (two at most). */
function movedParts(diff, process) {
    const p = diff.processes.find((x) => x.process === process);
    if (!p?.base?.ok || !p.head?.ok || p.base.memory.totalProcess !== p.head.memory.totalProcess)
        return '';
    const totals = new Set(['Total Process', 'Total Flink', 'JVM Heap']);
    const moved = p.rows
        .filter((r) => !totals.has(r.label) && r.base !== undefined && r.head !== undefined && r.base !== r.head)
        .map((r) => ({ label: r.label, delta: r.head - r.base }))
        .sort((a, b) => ((b.delta < 0n ? -b.delta : b.delta) > (a.delta < 0n ? -a.delta : a.delta) ? 1 : -1))
        .slice(0, 2);
    return moved.length ? ` (${moved.map((m) => `${m.label} ${formatChange(m.delta)}`).join(', ')})` : '';
}
/** The folded summary line of a change: where, and what happened to each process. */
function changeSummary(group) {
    const first = group.configs[0];
    const where = group.configs.length === 1
        ? `${first.result.config.file}:${first.result.config.line}`
        : `${group.configs.length} configs`;
    const what = PROCESSES.filter((p) => first.figures.process[p])
        .map((p) => `${PROCESS_LABELS[p]} ${processCell(first, p)}${movedParts(first.diff, p)}`)
        .join(' \u00b7 ');
    return `${where} \u00b7 ${first.diff.status}${what ? ` \u00b7 ${what}` : ''}`;
}
/** A change folded under its summary line. */
function markdown_overview_changeDetailsBlock(group, links, withPicture) {
    return {
        text: md `<details><summary>${text(changeSummary(group))}</summary>\n\n${changeBody(group, links, withPicture)}\n\n</details>`,
        counts: { configs: group.configs.length },
    };
}

;// CONCATENATED MODULE: ./src/report/markdown-summary.ts






/** GitHub takes at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024;
const markdown_summary_PROCESSES = ['taskmanager', 'jobmanager'];
function totalCell(result, process) {
    if (!result.config.processes.includes(process))
        return '';
    const derived = result.breakdown[process];
    if (derived.ok)
        return (0,flink/* formatSize */.Xq)(derived.memory.totalProcess);
    return 'unsupported' in derived ? 'n/a' : 'refused';
}
function configDetails(result, findingCount, diff, links) {
    const lines = [];
    for (const process of markdown_summary_PROCESSES.filter((p) => result.config.processes.includes(p))) {
        const changed = diff?.processes.find((p) => p.process === process);
        const derived = result.breakdown[process];
        lines.push(diff && diff.status === 'changed' && changed && changed.rows.length > 0
            ? diffTable(process, changed.rows, true)
            : breakdownTable(process, derived));
    }
    const status = diff && diff.status !== 'unchanged' ? ` \u00b7 ${diff.status}` : '';
    const findings = findingCount > 0 ? ` \u00b7 ${text_plural(findingCount, 'finding')}` : '';
    return {
        text: markdown_details(`${result.config.file}:${result.config.line}${status}${findings}`, markdown_join([configTitle(result, links), ...lines], '\n\n')),
        counts: { configs: 1 },
    };
}
/**
 * Everything in one page: every config's breakdown and every finding, for the job summary and
 * for `lint --format markdown`. Always under `limit` bytes.
 */
function renderSummary(input, limit = SUMMARY_LIMIT) {
    const { report, links } = input;
    const { byConfig } = markdown_groupFindings(report.findings);
    const diffs = new Map((input.diffs ?? []).flatMap((d) => (d.head ? [[d.head.config.id, d]] : [])));
    const icon = report.findings.length === 0 ? '\u2705' : input.failed ? '\u274c' : '\u26a0\ufe0f';
    const head = markdown_join([
        report.summary.configs === 0
            ? markdown_md `
## \u26a0\ufe0f Flink memory: no Flink configuration found
          `
            : markdown_md `## ${icon} Flink memory: ${report.findings.length === 0 ? 'all clear' : markdown_countsText(report)}`,
        markdown_md `${text_plural(report.summary.configs, 'config')} in ${text_plural(report.summary.files, 'file')}${report.summary.suppressed > 0 ? `, ${report.summary.suppressed} suppressed` : ''}.`,
        ...(input.notes ?? []).map((note) => markdown_md `> ${note}`),
    ], '\n\n');
    // The table's rows are blocks of their own (the cut may fall between two): one table, split.
    const { head: header, rows } = tableParts(['Config', 'Kind', 'Flink', 'TaskManager', 'JobManager', 'Findings'], ['left', 'left', 'left', 'right', 'right', 'right'], report.configs.map((r) => [
        markdown_lineLink(links, r.config.file, r.config.line),
        r.config.kind,
        r.config.flinkVersion,
        totalCell(r, 'taskmanager'),
        totalCell(r, 'jobmanager'),
        String(byConfig.get(r.config.id)?.length ?? 0),
    ]));
    const suppressedBy = (f) => f.suppressed
        ? markdown_md ` \u2014 suppressed by ${f.suppressed.kind}${f.suppressed.reason ? markdown_md `: ${f.suppressed.reason}` : markdown_md ``}`
        : markdown_md ``;
    // The same overview as the pull-request comment: base \u2192 head per changed config.
    const changes = change_overview_groupChanges(change_overview_changedConfigs(input.diffs ?? [], byConfig));
    const sections = [
        { blocks: [{ text: head }] },
        {
            open: markdown_md `
### Changed by this pull request
      `,
            blocks: changes.length > 0 ? [{ text: overviewTable(changes, { links }) }] : [],
        },
        ...(changes.length > 0
            ? [
                {
                    blocks: [
                        {
                            text: markdown_md `
### All configs
                `,
                        },
                    ],
                },
            ]
            : []),
        { open: header, separator: '\n', blocks: rows.map((row) => ({ text: row })) },
        {
            open: markdown_md `
### Findings
      `,
            blocks: report.findings.map((f) => ({ text: findingLine(f, links), counts: { findings: 1 } })),
        },
        {
            open: markdown_md `
### Breakdowns
      `,
            blocks: report.configs.map((r) => configDetails(r, byConfig.get(r.config.id)?.length ?? 0, diffs.get(r.config.id), links)),
        },
        {
            open: markdown_md `<details><summary>${text_plural(report.suppressed.length, 'suppressed finding')}</summary>`,
            close: markdown_md `
</details>
      `,
            blocks: report.suppressed.map((f) => ({ text: markdown_md `${findingLine(f, links)}${suppressedBy(f)}` })),
        },
        {
            open: markdown_md `
### Notices
      `,
            blocks: report.notices.map((n) => ({
                text: markdown_md `- ${markdown_code(n.code)} ${n.message}${n.location ? markdown_md ` (${markdown_lineLink(links, n.location.file, n.location.line)})` : markdown_md ``}`,
            })),
        },
    ];
    return markdown_fitSections(sections, limit, (left) => markdown_md `> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB limit: ${text_plural(left.configs, 'more config')} and ${text_plural(left.findings, 'more finding')} are in the SARIF and JSON reports.`);
}

// EXTERNAL MODULE: ./src/policy/index.ts + 17 modules
var policy = __webpack_require__(7880);
;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
};
/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, rule metadata, repo-relative URIs. */
function toSarif(findings, options) {
    const rules = new Map();
    const ruleIndex = new Map();
    const addRule = (id, rule) => {
        if (ruleIndex.has(id))
            return;
        ruleIndex.set(id, rules.size);
        rules.set(id, rule);
    };
    for (const p of [...options.policies].sort((a, b) => a.id.localeCompare(b.id)))
        addRule(p.id, ruleOf(p));
    const all = [...findings, ...(options.suppressed ?? [])];
    for (const f of all)
        addRule(f.ruleId, { id: f.ruleId, ...(f.docs ? { helpUri: f.docs } : {}) });
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: options.tool.name,
                        version: options.tool.version,
                        semanticVersion: options.tool.version,
                        ...(options.tool.homepage ? { informationUri: options.tool.homepage } : {}),
                        rules: [...rules.values()],
                    },
                },
                automationDetails: { id: `${options.category ?? options.tool.name}/` },
                columnKind: 'unicodeCodePoints',
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: (options.notices ?? []).map(notificationOf),
                    },
                ],
                results: all.map((f) => resultOf(f, ruleIndex.get(f.ruleId) ?? 0, options.contexts)),
            },
        ],
    };
}
function ruleOf(p) {
    const fix = p.fix?.description ? `\n\nHow to fix: ${p.fix.description}` : '';
    const docs = p.docs;
    return {
        id: p.id,
        name: p.id
            .split('-')
            .map((w) => w[0].toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: p.title },
        fullDescription: { text: p.description },
        help: {
            text: `${p.description}${fix}${docs ? `\n\n${docs}` : ''}`,
            markdown: `${p.description}${fix}${docs ? `\n\n[Rule documentation](${docs})` : ''}`,
        },
        ...(docs ? { helpUri: docs } : {}),
        defaultConfiguration: { level: LEVEL[p.severity] },
        properties: {
            tags: ['flink', 'memory'],
            precision: 'very-high',
            'problem.severity': p.severity === 'info' ? 'recommendation' : p.severity,
        },
    };
}
function resultOf(f, ruleIndex, contexts) {
    const region = { startLine: f.line, startColumn: f.column };
    if (f.endLine !== undefined)
        region.endLine = f.endLine;
    if (f.endColumn !== undefined)
        region.endColumn = f.endColumn;
    const fix = f.fix
        ? ' Fix: ' +
            [
                f.fix.description,
                ...Object.entries(f.fix.set).map(([k, v]) => (v === null ? `remove ${k}` : `${k}: ${v}`)),
            ]
                .filter(Boolean)
                .join(' ')
        : '';
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message + fix },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactOf(f.file),
                    region,
                },
            },
        ],
        partialFingerprints: { 'flinkMemoryLint/v1': (0,policy/* fingerprint */.Rj)(f) },
    };
    const judgedWith = f.configId !== undefined ? contexts?.get(f.configId) : undefined;
    if (judgedWith)
        result.properties = { judgedWith };
    if (f.suppressed) {
        result.suppressions = [
            {
                kind: f.suppressed.kind === 'comment' ? 'inSource' : 'external',
                justification: f.suppressed.reason ?? `suppressed by ${f.suppressed.kind}`,
            },
        ];
    }
    return result;
}
/** A repository-relative path as a URI reference: each segment escaped, so `#` and `?` stay in the name. */
function artifactOf(file) {
    return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
function notificationOf(notice) {
    const where = notice.location;
    return {
        level: 'warning',
        message: { text: notice.message },
        descriptor: { id: notice.code },
        ...(where
            ? {
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: artifactOf(where.file),
                            region: { startLine: where.line, startColumn: where.column },
                        },
                    },
                ],
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/fix-style.ts
/**
 * A fix with only the edits that apply: no removing a key the file does not have. Its sizes are
 * already in the file's own units and spelling (`2g` stays `2g`, not `2 gb`), in its edits and its
 * sentences alike: the policy stage writes them so (`src/policy/evaluate.ts`, with
 * `src/flink/size-style.ts`, as for the solver's fixes).
 */
/** The fix of a finding on `config` with the edits that apply; undefined where none is left. */
function applicableFix(finding, config) {
    const fix = finding.fix;
    if (!fix || !config)
        return fix;
    const inFile = new Set(config.entries.filter((e) => e.origin === 'file').map((e) => e.key));
    const set = {};
    for (const [key, value] of Object.entries(fix.set)) {
        if (value === null) {
            if (inFile.has(key))
                set[key] = null;
        }
        else
            set[key] = value;
    }
    if (Object.keys(set).length === 0 && !fix.description)
        return undefined;
    return { ...fix, set };
}
/** The report with every fix limited to the edits that apply. */
function restyleFixes(report) {
    const configs = new Map(report.configs.map((r) => [r.config.id, r.config]));
    const restyle = (f) => {
        if (!f.fix || f.configId === undefined)
            return f;
        const fix = applicableFix(f, configs.get(f.configId));
        if (fix === f.fix)
            return f;
        const copy = { ...f };
        if (fix)
            copy.fix = fix;
        else
            delete copy.fix;
        return copy;
    };
    return { ...report, findings: report.findings.map(restyle), suppressed: report.suppressed.map(restyle) };
}

;// CONCATENATED MODULE: ./src/report/formats.ts







/** Every output format by name: the command line and the action render through this one table. */
const FORMATS = {
    text: (report, options = {}) => lintText(restyleFixes(report), {
        color: options.color ?? false,
        comparison: options.comparison,
        verbose: options.verbose,
    }),
    json: (report, options = {}) => lintJson(report, options.comparison),
    sarif: (report) => `${JSON.stringify(toSarif(report.findings, {
        tool: report.tool,
        policies: report.policies ?? [],
        suppressed: report.suppressed,
        notices: report.notices,
        contexts: new Map(report.configs.map((r) => [r.config.id, contextText(r.config)])),
    }), null, 2)}\n`,
    markdown: (report, options = {}) => renderSummary({
        report: restyleFixes(report),
        failed: options.failed,
        diffs: options.comparison?.diffs,
        notes: options.comparison ? [comparisonHeadline(options.comparison)] : undefined,
    }),
};
const FORMAT_NAMES = Object.keys(FORMATS);
/**
 * A format's text in pieces, for writing as it is made: JSON piece by piece (the report of a large
 * tree never held as one string), the others whole.
 */
function renderPieces(format, report, options = {}) {
    return format === 'json' ? lintJsonChunks(report, options.comparison) : [FORMATS[format](report, options)];
}

// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
;// CONCATENATED MODULE: ./src/report/gate.ts

/** Whether any finding is at or above the `fail-on` threshold. */
function reachesThreshold(findings, failOn) {
    if (failOn === 'never')
        return false;
    const limit = model/* SEVERITIES */.oC.indexOf(failOn);
    return findings.some((f) => model/* SEVERITIES */.oC.indexOf(f.severity) <= limit);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/report/suggestion.ts


/** Longest range a suggestion may replace: larger ones are no longer a one-click fix people read. */
const MAX_SPAN = 20;
/** Kinds whose Flink options form a YAML `map<string, string>`: numbers and booleans are quoted there. */
const STRING_MAPS = new Set([
    'flinkdeployment',
    'flinksessionjob',
    'helm-values',
    'configmap',
    'kubernetes-workload',
    'docker-compose',
    'flinkcluster',
    'vvp-deployment',
]);
const indentOf = (text) => text.length - text.trimStart().length;
const isBlankOrComment = (text) => /^\s*(#.*)?$/.test(text);
/**
 * Lines inside a multi-line YAML scalar: `|` blocks hold an embedded config (FLINK_PROPERTIES, a
 * ConfigMap's file) whose lines are edited as lines; other multi-line scalars are not edited.
 */
function multiLineScalars(text) {
    const literal = new Set();
    const other = new Set();
    const lineCounter = new dist/* LineCounter */.HN();
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text, { lineCounter })) {
        if (!('contents' in doc))
            continue;
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (!node.range)
                    return;
                const first = lineCounter.linePos(node.range[0]).line;
                const last = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line;
                if (first === last)
                    return;
                const into = node.type === 'BLOCK_LITERAL' ? literal : other;
                for (let line = first + (node.type === 'BLOCK_LITERAL' ? 1 : 0); line <= last; line++)
                    into.add(line);
            },
        });
    }
    return { literal, other };
}
/** Splits a line at its key and value; undefined where the line is not a plain `key: value`. */
function parseEntryLine(text, entry, syntax) {
    const start = entry.location.column - 1;
    if (text.slice(0, start).trim() !== '')
        return undefined;
    let keyEnd;
    let keyText;
    const open = text[start];
    if (syntax !== 'flink-conf' && (open === '"' || open === "'")) {
        const close = text.indexOf(open, start + 1);
        if (close < 0)
            return undefined;
        keyText = text.slice(start + 1, close);
        keyEnd = close + 1;
    }
    else {
        const sep = syntax === 'flink-conf' ? text.indexOf(': ', start) : text.slice(start).search(/:(\s|$)/) + start;
        if (sep < start)
            return undefined;
        keyText = text.slice(start, sep).trimEnd();
        keyEnd = start + keyText.length;
    }
    if (!(entry.key === keyText || entry.key.endsWith(`.${keyText}`)))
        return undefined;
    const colon = text.slice(keyEnd).match(/^\s*:\s*/);
    if (!colon)
        return undefined;
    const valueStart = keyEnd + colon[0].length;
    const rest = text.slice(valueStart);
    let valueEnd;
    let quote = '';
    if (syntax === 'flink-conf') {
        const hash = rest.indexOf('#');
        valueEnd = valueStart + (hash < 0 ? rest : rest.slice(0, hash)).trimEnd().length;
    }
    else if (rest.startsWith('"') || rest.startsWith("'")) {
        quote = rest[0];
        const close = quote === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(rest) : /^'(?:[^']|'')*'/.exec(rest);
        if (!close)
            return undefined;
        valueEnd = valueStart + close[0].length;
    }
    else {
        // Block scalars, flow collections, anchors, aliases and tags are not edited as text.
        if (/^[|>[{&*!]/.test(rest))
            return undefined;
        const comment = rest.search(/\s#/);
        valueEnd = valueStart + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
    }
    if (valueEnd === valueStart)
        return undefined;
    return {
        line: entry.location.line,
        key: entry.key,
        indent: start,
        keyText,
        head: text.slice(0, valueStart),
        tail: text.slice(valueEnd),
        quote,
        syntax,
    };
}
/** A value in the style of the line it goes on. */
function writeValue(value, style) {
    if (style.syntax === 'flink-conf')
        return value;
    if (style.quote === "'")
        return `'${value.replace(/'/g, "''")}'`;
    if (style.quote === '"')
        return JSON.stringify(value);
    let plainReadsBack;
    try {
        const read = (0,dist/* parse */.qg)(`k: ${value}`);
        const got = read?.k;
        plainReadsBack =
            style.syntax === 'yaml-strings'
                ? got === value
                : (typeof got === 'string' || typeof got === 'number' || typeof got === 'boolean') &&
                    String(got) === value;
    }
    catch {
        plainReadsBack = false;
    }
    return plainReadsBack ? value : (0,dist/* stringify */.As)(value).trimEnd();
}
/**
 * The mapping levels around an entry line, innermost first, found by walking up to the parent
 * `key:` lines of a nested config.yaml until the written keys spell the whole Flink key.
 */
function levelsOf(lines, at) {
    let written = at.keyText;
    const levels = [];
    let indent = at.indent;
    let prefix = at.key.slice(0, at.key.length - written.length).replace(/\.$/, '');
    for (let i = at.line - 2; written !== at.key && i >= 0; i--) {
        const text = lines[i];
        if (isBlankOrComment(text) || indentOf(text) >= indent)
            continue;
        const parent = /^\s*(?:"([^"]*)"|'([^']*)'|([^\s#][^:#]*?))\s*:\s*(#.*)?$/.exec(text);
        if (!parent)
            return undefined;
        levels.push({ indent, prefix, opener: i + 1 });
        written = `${parent[1] ?? parent[2] ?? parent[3]}.${written}`;
        if (!at.key.endsWith(written))
            return undefined;
        indent = indentOf(text);
        prefix = at.key.slice(0, at.key.length - written.length).replace(/\.$/, '');
    }
    if (written !== at.key)
        return undefined;
    levels.push({ indent, prefix });
    return levels;
}
/** The last line (1-based) of the block that starts at `line` and holds lines indented deeper than `indent`. */
function blockEnd(lines, line, indent) {
    let end = line;
    for (let i = line; i < lines.length; i++) {
        if (isBlankOrComment(lines[i]))
            continue;
        if (indentOf(lines[i]) <= indent)
            break;
        end = i + 1;
    }
    return end;
}
function writtenEntries(text, config) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const scalars = config.kind === 'flink-conf' ? undefined : multiLineScalars(text);
    const syntaxAt = (line) => {
        if (!scalars)
            return 'flink-conf';
        if (scalars.other.has(line))
            return undefined;
        if (scalars.literal.has(line))
            return 'yaml';
        return STRING_MAPS.has(config.kind) ? 'yaml-strings' : 'yaml';
    };
    // The line Flink reads last for each key: that is the one to edit.
    const written = new Map();
    const all = new Map();
    for (const entry of config.entries) {
        // Operator entries stand for a resource field, not a line that can be edited.
        if (entry.location.file !== config.file || entry.unresolved || entry.origin === 'operator')
            continue;
        const syntax = syntaxAt(entry.location.line);
        const text = lines[entry.location.line - 1];
        const parsed = syntax && text !== undefined ? parseEntryLine(text, entry, syntax) : undefined;
        written.set(entry.key, parsed);
        all.set(entry.key, [...(all.get(entry.key) ?? []), parsed]);
    }
    return { lines, written, all };
}
/**
 * Keys set (`null` removes) as line edits in the file's own style; a new key goes beside the line
 * `anchorOf` gives it. Undefined where a key's line cannot be edited or a new key has no place.
 */
function planEdits({ lines, written }, config, set, anchorOf) {
    const edits = { replaced: new Map(), removed: new Set(), inserted: new Map() };
    for (const [key, value] of set) {
        if (written.has(key)) {
            const at = written.get(key);
            if (!at)
                return undefined;
            if (value === null)
                edits.removed.add(at.line);
            else
                edits.replaced.set(at.line, `${at.head}${writeValue(value, at)}${at.tail}`);
            continue;
        }
        if (value === null)
            continue;
        const anchor = anchorOf(key);
        if (!anchor)
            return undefined;
        const placed = placeNewKey(lines, anchor, key);
        if (!placed)
            return undefined;
        const style = { syntax: anchor.syntax, quote: anchor.quote };
        const line = `${' '.repeat(placed.indent)}${placed.keyText}: ${writeValue(value, style)}`;
        edits.inserted.set(placed.after, [...(edits.inserted.get(placed.after) ?? []), line]);
    }
    if (config.kind !== 'flink-conf')
        removeEmptiedParents(lines, written, edits.removed, edits.inserted);
    return edits;
}
/** Lines `startLine..endLine` with the edits applied. */
function editedRange(lines, edits, startLine, endLine) {
    const out = [];
    for (let line = startLine; line <= endLine; line++) {
        if (!edits.removed.has(line))
            out.push(edits.replaced.get(line) ?? lines[line - 1]);
        out.push(...(edits.inserted.get(line) ?? []));
    }
    return out;
}
/**
 * The replacement lines that apply a finding's fix in the file's own style, or undefined where
 * the fix cannot be written as an edit near the finding's line.
 */
function suggestFix(finding, text, config) {
    const set = Object.entries(finding.fix?.set ?? {});
    if (set.length === 0 || finding.file !== config.file)
        return undefined;
    const file = writtenEntries(text, config);
    const anchor = [...file.written.values()].find((e) => e?.line === finding.line);
    const edits = planEdits(file, config, set, () => anchor);
    if (!edits)
        return undefined;
    const { replaced, removed, inserted } = edits;
    if (replaced.size + removed.size + inserted.size === 0)
        return undefined;
    const touched = [finding.line, ...replaced.keys(), ...removed, ...inserted.keys()];
    const startLine = Math.min(...touched);
    const endLine = Math.max(...touched);
    if (endLine - startLine + 1 > MAX_SPAN)
        return undefined;
    return { startLine, endLine, lines: editedRange(file.lines, edits, startLine, endLine) };
}
/**
 * A config's keys set and removed (`null`) across its whole file, each line in the file's own
 * style, comments and every other line kept: what `upgrade` writes. A new key goes beside the line
 * of the key it replaces (`near`), else after the config's last written key. Undefined where a
 * line cannot be edited as text (a flow mapping, a block scalar) or the config writes no key to
 * place a new one beside.
 */
function editConfigText(text, config, set, near = new Map()) {
    const file = writtenEntries(text, config);
    const last = [...file.written.values()].reduce((a, e) => (e && (!a || e.line > a.line) ? e : a), undefined);
    const anchorOf = (key) => {
        const replaced = near.get(key);
        return (replaced === undefined ? undefined : file.written.get(replaced)) ?? last;
    };
    const edits = planEdits(file, config, set, anchorOf);
    if (!edits)
        return undefined;
    // A removed key goes with its earlier lines too: Flink would read the one before it instead.
    for (const [key, value] of set) {
        if (value !== null)
            continue;
        for (const at of file.all.get(key) ?? []) {
            if (!at)
                return undefined;
            edits.removed.add(at.line);
        }
    }
    return editedRange(file.lines, edits, 1, file.lines.length).join('\n');
}
/** Where a new key goes beside the anchor line: after which line, how indented, written how. */
function placeNewKey(lines, anchor, key) {
    if (anchor.syntax === 'flink-conf')
        return { after: anchor.line, indent: anchor.indent, keyText: key };
    const levels = levelsOf(lines, anchor);
    const level = levels?.find((l) => l.prefix === '' || key.startsWith(`${l.prefix}.`));
    if (!level)
        return undefined;
    const keyText = level.prefix === '' ? key : key.slice(level.prefix.length + 1);
    // Below the anchor's own mapping, deeper lines still belong to it: go past them.
    return { after: blockEnd(lines, anchor.line, level.indent), indent: level.indent, keyText };
}
/**
 * A nested config.yaml mapping left without keys would read as an empty value, which Flink
 * refuses: its `key:` line goes too, up to the config's root. A mapping that receives a new key
 * (inserted after one of its lines, indented deeper than its `key:`) is not empty.
 */
function removeEmptiedParents(lines, written, removed, inserted) {
    for (const at of written.values()) {
        if (!at || !removed.has(at.line))
            continue;
        for (const level of levelsOf(lines, at) ?? []) {
            if (level.opener === undefined)
                break;
            const indent = indentOf(lines[level.opener - 1]);
            const end = blockEnd(lines, level.opener, indent);
            let empty = true;
            for (let line = level.opener; line <= end && empty; line++) {
                if (line > level.opener && !removed.has(line) && !isBlankOrComment(lines[line - 1]))
                    empty = false;
                if ((inserted.get(line) ?? []).some((text) => indentOf(text) > indent))
                    empty = false;
            }
            if (!empty)
                break;
            removed.add(level.opener);
        }
    }
}
/** The body of a GitHub suggestion block; fenced with more backticks than the lines hold. */
function suggestion_suggestionBlock(suggestion) {
    return codeBlock(suggestion.lines.join('\n'), 'suggestion');
}

;// CONCATENATED MODULE: ./src/report/review-comment.ts



const MARKER = /<!-- flink-memory-lint:finding ((?:\w+=\S*\s?)+)-->/;
const RESOLVED_MARKER = '<!-- flink-memory-lint:resolved -->';
function findingIdentity(finding) {
    return { rule: finding.ruleId, file: finding.file, config: finding.configId ?? '', key: finding.key ?? '' };
}
/** The hidden marker a review comment carries; values are URI-encoded so that spaces cannot split them. */
function findingMarker(identity) {
    const fields = ['rule', 'file', 'config', 'key'].map((name) => `${name}=${encodeURIComponent(identity[name])}`);
    return `<!-- flink-memory-lint:finding ${fields.join(' ')} -->`;
}
/** The identity in a comment body's marker; undefined for other comments and resolved ones. */
function parseFindingMarker(body) {
    if (body.includes(RESOLVED_MARKER))
        return undefined;
    const match = MARKER.exec(body);
    if (!match)
        return undefined;
    const fields = new Map();
    for (const pair of match[1].trim().split(/\s+/)) {
        const at = pair.indexOf('=');
        try {
            fields.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
        }
        catch {
            return undefined;
        }
    }
    const rule = fields.get('rule');
    const file = fields.get('file');
    if (!rule || file === undefined)
        return undefined;
    return { rule, file, config: fields.get('config') ?? '', key: fields.get('key') ?? '' };
}
const sameIdentity = (a, b) => a.rule === b.rule && a.file === b.file && a.config === b.config && a.key === b.key;
/** An inline review comment: severity, rule, message, why, docs link, and the fix as a suggestion. */
function reviewCommentBody(finding, policy, suggestion) {
    const rule = ruleLink(finding.ruleId, finding.docs);
    const title = policy ? md ` \u00b7 ${policy.title}` : md ``;
    const parts = [
        md `${SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${rule}${title}`,
        md `${finding.message}`,
    ];
    if (policy?.description)
        parts.push(md `**Why:** ${policy.description}`);
    if (finding.fix) {
        const what = finding.fix.description ? md ` ${finding.fix.description}` : md ``;
        const set = Object.keys(finding.fix.set).length > 0 ? md ` (${fixChanges(finding.fix)})` : md ``;
        parts.push(md `**Fix:**${what}${set}`);
        if (suggestion)
            parts.push(suggestionBlock(suggestion));
    }
    // Only the built-in rules' pages link; `ruleLink` decides, and this line follows it.
    if (rule.source.startsWith('['))
        parts.push(link('Rule documentation', finding.docs ?? ''));
    parts.push(trusted(findingMarker(findingIdentity(finding))));
    return join(parts, '\n\n').source;
}
/**
 * The body of a comment whose finding is gone: said at the top, the old text folded away with its
 * suggestion turned into plain code (it no longer applies).
 */
function resolvedCommentBody(body, commit) {
    // The body is the tool's own comment (found among its own identity's comments).
    const old = body
        .replace(MARKER, '')
        .replace(/^(`{3,})suggestion$/gm, '$1yaml')
        .trim();
    return join([
        md `\u2705 **Resolved** in ${commit.slice(0, 12)}: flink-memory-lint no longer reports this here.`,
        details('Earlier comment', trusted(old)),
        trusted(RESOLVED_MARKER),
    ], '\n\n').source;
}

;// CONCATENATED MODULE: ./src/report/markdown-comment.ts





/** Finds the sticky comment again on later runs. */
const COMMENT_MARKER = '<!-- flink-memory-lint:sticky-comment -->';
/** GitHub refuses comment bodies over 65,536 characters; bytes are never fewer. */
const COMMENT_LIMIT = 65_536;
/** Whether a comment is worth posting when none exists yet. */
function hasSomethingToSay(input) {
    return input.report.findings.length > 0 || input.diffs.some((d) => d.status !== 'unchanged');
}
function headline(input, changed) {
    const { report } = input;
    const scope = changed === 0
        ? `No config changed by this pull request; ${plural(report.summary.configs, 'config')} checked.`
        : `${plural(changed, 'config')} changed by this pull request; ${plural(report.summary.configs, 'config')} checked.`;
    if (report.findings.length === 0)
        return md `## \u2705 Flink memory: all clear\n\n${scope}`;
    const icon = input.failed ? '\u274c' : '\u26a0\ufe0f';
    return md `## ${icon} Flink memory: ${countsText(report)}\n\n${scope}`;
}
/** One line for the findings on changed lines that the review-comment limit left out. */
function notCommentedBlocks(input) {
    const left = input.notCommented;
    if (!left || left.findings.length === 0)
        return [];
    const where = left.findings.map((f) => md `${code(f.ruleId)} ${lineLink(input.links, f.file, f.line)}`);
    return [
        {
            text: md `> [!NOTE]\n> ${plural(left.findings.length, 'more finding')} on changed lines got no review comment (at most ${String(left.limit)} a run, ${code('review-comments-limit')}): ${join(where, ', ')}.`,
        },
    ];
}
const LEVELS = [
    { grouped: false, linked: true, pictures: true, places: 8 },
    { grouped: false, linked: false, pictures: true, places: 8 },
    { grouped: true, linked: false, pictures: true, places: 4 },
    { grouped: true, linked: false, pictures: false, places: 3 },
];
/** A comment a reviewer reads at a glance; longer ones give up detail level by level before any cut. */
const READABLE_LIMIT = 4000;
function sectionsFor(input, level) {
    const { report, links } = input;
    const { byConfig, byFile } = groupFindings(report.findings);
    const touched = new Set(input.touchedFiles);
    const changes = changedConfigs(input.diffs, byConfig);
    const groups = groupChanges(changes);
    const changedIds = new Set(changes.flatMap((c) => (c.diff.head ? [c.diff.head.config.id] : [])));
    const changedFindings = [
        ...changes.flatMap((c) => c.findings),
        ...[...byFile].filter(([file]) => touched.has(file)).flatMap(([, findings]) => findings),
    ];
    const otherFindings = [
        ...report.configs
            .filter((r) => !changedIds.has(r.config.id))
            .flatMap((r) => byConfig.get(r.config.id) ?? []),
        ...[...byFile].filter(([file]) => !touched.has(file)).flatMap(([, findings]) => findings),
    ];
    const otherConfigs = new Set(otherFindings.flatMap((f) => (f.configId ? [f.configId] : []))).size;
    const where = input.runUrl
        ? md `the ${link('job summary', input.runUrl)}`
        : md `
the job summary
      `;
    const overview = overviewParts(groups, { links, grouped: level.grouped, linked: level.linked });
    return [
        { blocks: [{ text: md `${trusted(COMMENT_MARKER)}\n${headline(input, changes.length)}` }] },
        {
            open: groups.length > 0 ? overview.head : undefined,
            separator: '\n',
            blocks: overview.rows.map((row) => ({ text: row })),
        },
        {
            open: md `
### Findings
      `,
            blocks: findingBlocks(changedFindings, links, level.places),
        },
        { blocks: notCommentedBlocks(input) },
        {
            open: md `
### Changes
      `,
            blocks: groups.map((g) => changeDetailsBlock(g, links, level.pictures)),
        },
        {
            open: md `<details><summary>${otherConfigs > 0
                ? `${plural(otherFindings.length, 'finding')} in ${plural(otherConfigs, 'config')} this pull request does not change`
                : 'Other findings'}</summary>`,
            close: md `
</details>
      `,
            blocks: findingBlocks(otherFindings, links, level.places),
        },
        {
            blocks: [{ text: md `<sub>${report.tool.name} ${report.tool.version} \u00b7 full report in ${where}</sub>` }],
        },
    ];
}
/**
 * The body of the sticky pull-request comment: the overview table, the findings, each distinct
 * change folded. It gives up links, per-config rows and pictures (in that order) to stay readable,
 * and is cut only when even that does not fit under `limit`.
 */
function renderComment(input, limit = COMMENT_LIMIT) {
    const note = (left) => {
        const where = input.runUrl
            ? md `the ${link('job summary', input.runUrl)}`
            : md `
the job summary
        `;
        return md `> [!NOTE]\n> This comment was cut to fit GitHub's size limit: ${plural(left.configs, 'more config')} and ${plural(left.findings, 'more finding')} are in ${where} and in the SARIF and JSON reports.`;
    };
    // Each level rendered once, when first needed, and tried against both budgets.
    const bodies = [];
    const body = (i) => (bodies[i] ??= fitSections(sectionsFor(input, LEVELS[i]), Number.MAX_SAFE_INTEGER, note));
    for (const budget of [Math.min(READABLE_LIMIT, limit), limit]) {
        for (let i = 0; i < LEVELS.length; i++) {
            const text = body(i);
            if (text.length <= budget && Buffer.byteLength(text, 'utf8') <= limit)
                return text;
        }
    }
    return fitSections(sectionsFor(input, LEVELS[LEVELS.length - 1]), limit, note);
}

;// CONCATENATED MODULE: ./src/report/size.ts




const LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
/**
 * `size --format json`: `{flinkVersion, set, remove, taskmanager, jobmanager}`, each process as
 * `derive --format json` writes it (the same serializer), then why each key is there and, for a
 * request that cannot be met, why not.
 */
function sizeToJson(report) {
    const breakdown = toJsonValue(report.breakdown);
    const problems = Object.entries(report.answers).flatMap(([process, answer]) => answer && !answer.feasible
        ? [
            {
                process,
                reason: answer.reason,
                ...(answer.minimumContainer !== undefined && {
                    minimumContainer: toJsonValue(answer.minimumContainer),
                }),
                blockers: answer.blockers,
            },
        ]
        : []);
    return {
        flinkVersion: report.flinkVersion,
        set: report.set,
        remove: report.remove,
        taskmanager: breakdown.taskmanager,
        jobmanager: breakdown.jobmanager,
        feasible: report.feasible,
        why: report.why,
        ...(report.dropped.length > 0 && { dropped: report.dropped }),
        ...(problems.length > 0 && { problems }),
    };
}
/** Dotted keys as Flink 2.x nests them; undefined where one key is a prefix of another. */
function size_nested(set) {
    const tree = new Map();
    for (const [key, value] of Object.entries(set)) {
        const parts = key.split('.');
        let at = tree;
        for (const part of parts.slice(0, -1)) {
            const next = at.get(part) ?? new Map();
            if (typeof next === 'string')
                return undefined;
            at.set(part, next);
            at = next;
        }
        const last = parts[parts.length - 1];
        if (at.has(last))
            return undefined;
        at.set(last, value);
    }
    return tree;
}
const flatLines = (set) => Object.entries(set).map(([k, v]) => `${k}: ${v}`);
/** The operator's `resource.memory` carries the process size; everything else goes to flinkConfiguration. */
function flinkDeploymentLines(set, written) {
    const conf = [];
    const resource = {};
    for (const [key, value] of Object.entries(set)) {
        const m = /^(taskmanager|jobmanager)\.memory\.process\.size$/.exec(key);
        if (m)
            resource[m[1]] = written[m[1]] ?? value;
        else
            conf.push([key, value]);
    }
    const lines = ['spec:'];
    if (conf.length > 0) {
        lines.push('  flinkConfiguration:');
        for (const [k, v] of conf)
            lines.push(`    ${k}: ${JSON.stringify(v)}`);
    }
    for (const process of ['jobmanager', 'taskmanager']) {
        const value = resource[process];
        if (value === undefined)
            continue;
        lines.push(`  ${process === 'jobmanager' ? 'jobManager' : 'taskManager'}:`, '    resource:');
        lines.push(`      memory: ${JSON.stringify(value)}`);
    }
    return lines;
}
/** The keys to set, written the way the file writes its configuration. */
function setLines(kind, set, resourceMemory = {}) {
    if (Object.keys(set).length === 0)
        return [];
    if (kind === 'flinkdeployment')
        return flinkDeploymentLines(set, resourceMemory);
    if (kind === 'config-yaml') {
        const tree = size_nested(set);
        return tree ? (0,flink/* dumpFlinkYaml */.Oq)(tree) : flatLines(set);
    }
    return flatLines(set);
}
/** The same keys as `-D` options of Flink's scripts and clients. */
function dynamicProperties(set) {
    return Object.entries(set)
        .map(([k, v]) => `-D${k}=${/^[\w.,:/+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`}`)
        .join(' ');
}
function questionText(process, answer) {
    const label = LABEL[process];
    if (!answer.feasible)
        return `${label}: no configuration meets the request.`;
    return answer.question === 'fit'
        ? `${label}: the largest configuration within the bound, ${(0,flink/* formatSize */.Xq)(answer.processSize)} of total process memory.`
        : `${label}: the smallest configuration that meets the targets, ${(0,flink/* formatSize */.Xq)(answer.processSize)} of total process memory.`;
}
const WHERE = {
    default: 'flink-conf.yaml / config.yaml lines',
    'flink-conf': 'flink-conf.yaml',
    'config-yaml': 'config.yaml',
    flinkdeployment: 'FlinkDeployment',
    flinksessionjob: 'FlinkSessionJob',
    configmap: 'the ConfigMap\u2019s Flink configuration',
    'kubernetes-workload': 'FLINK_PROPERTIES',
    'docker-compose': 'FLINK_PROPERTIES',
    'helm-values': 'the chart\u2019s Flink configuration',
    flinkcluster: 'the FlinkCluster\u2019s flinkProperties',
    'vvp-deployment': 'the Deployment\u2019s flinkConfiguration',
};
/** The answer for people: what to set and remove, why, and the breakdown `derive` prints for it. */
function sizeText(report, options = {}) {
    const out = [`Flink ${report.flinkVersion} (${report.deployment}), from ${report.source.label}`];
    for (const note of report.notes)
        out.push(`  ${note}`);
    out.push('');
    for (const [process, answer] of Object.entries(report.answers)) {
        out.push(questionText(process, answer));
        if (!answer.feasible) {
            out.push(`  ${answer.reason}`);
            for (const b of answer.blockers)
                out.push(`  Blocked by ${b.key}: ${b.value}. ${b.why}`);
        }
    }
    for (const d of report.dropped)
        out.push(`  Removes ${d.key}: ${d.value}: ${d.why}`);
    // Keys, values, names and paths are the file's text: shown, never passed to the terminal.
    const shown = () => out.map(visibleLines);
    if (!report.feasible) {
        out.push('', 'What Flink derives at the size that shows the problem:', '');
        return [...shown(), breakdownText(report.breakdown, options).trimEnd(), ''].join('\n');
    }
    const set = setLines(report.source.kind, report.set, report.resourceMemory);
    if (set.length > 0) {
        out.push('', `Set (${WHERE[report.source.kind]}):`, ...set.map((l) => `  ${l}`));
        if (report.source.kind === 'default')
            out.push('', 'As -D options:', `  ${dynamicProperties(report.set)}`);
    }
    if (report.remove.length > 0)
        out.push('', 'Remove:', ...report.remove.map((k) => `  ${k}`));
    if (set.length === 0 && report.remove.length === 0 && report.feasible)
        out.push('', 'Nothing to change.');
    const why = Object.entries(report.why);
    if (why.length > 0)
        out.push('', 'Why:', ...why.map(([k, w]) => `  ${k}: ${w}`));
    out.push('');
    return [...shown(), breakdownText(report.breakdown, options).trimEnd(), ''].join('\n');
}

;// CONCATENATED MODULE: ./src/report/upgrade.ts



const TM_ROWS = [
    ['totalProcess', 'Total Process Memory'],
    ['totalFlink', 'Total Flink Memory'],
    ['frameworkHeap', 'Framework Heap'],
    ['taskHeap', 'Task Heap'],
    ['managed', 'Managed Memory'],
    ['frameworkOffHeap', 'Framework Off-Heap'],
    ['taskOffHeap', 'Task Off-Heap'],
    ['network', 'Network'],
    ['jvmMetaspace', 'JVM Metaspace'],
    ['jvmOverhead', 'JVM Overhead'],
];
const JM_ROWS = [
    ['totalProcess', 'Total Process Memory'],
    ['totalFlink', 'Total Flink Memory'],
    ['jvmHeap', 'JVM Heap'],
    ['offHeap', 'Off-Heap Memory'],
    ['jvmMetaspace', 'JVM Metaspace'],
    ['jvmOverhead', 'JVM Overhead'],
];
function cell(result, field) {
    // 1.10 has no JobManager memory model: nothing to show, nothing refused.
    if (!result.ok)
        return 'unsupported' in result ? '-' : 'refused';
    const value = result.memory[field];
    return value === undefined ? '' : (0,flink/* formatSize */.Xq)(value);
}
/** Before and after, one row per component: what `from` derives, and what `to` derives after the edits. */
function sideBySide(before, after) {
    const out = [];
    const header = (label) => [
        label.padEnd(24),
        `Flink ${before.flinkVersion}`.padStart(14),
        `Flink ${after.flinkVersion}`.padStart(14),
    ].join('  ');
    for (const [process, rows, label] of [
        ['taskmanager', TM_ROWS, 'TaskManager'],
        ['jobmanager', JM_ROWS, 'JobManager'],
    ]) {
        const b = before[process];
        const a = after[process];
        if ('unsupported' in b && 'unsupported' in a)
            continue;
        out.push(header(label));
        for (const [field, name] of rows) {
            const x = cell(b, field);
            const y = cell(a, field);
            out.push(`  ${name.padEnd(22)}  ${x.padStart(14)}  ${y.padStart(14)}${x !== y ? '  *' : ''}`);
        }
        for (const [when, r] of [
            [before.flinkVersion, b],
            [after.flinkVersion, a],
        ]) {
            if (!r.ok && 'error' in r)
                out.push(`  Flink ${when} refuses it: ${r.error}`);
        }
        out.push('');
    }
    return out;
}
function changeLines(title, changes) {
    if (changes.length === 0)
        return [];
    return [
        title,
        ...changes.map((c) => `  ${c.key}: ${c.value}${c.successor ? ` \u2192 ${c.successor}` : ''}${c.in ? ` (Flink ${c.in})` : ''}: ${c.why}`),
        '',
    ];
}
/** One config's part of the upgrade for people: what changes, the breakdowns side by side, the edits. */
function upgrade_configText(report, title) {
    const { diff } = report;
    const out = [`${title}: Flink ${diff.from} \u2192 ${diff.to} (${diff.deployment})`, ''];
    out.push(...changeLines('Keys removed:', diff.removed));
    out.push(...changeLines('Keys renamed:', diff.renamed));
    out.push(...changeLines('Keys read differently:', diff.readDifferently));
    if (diff.defaults.length > 0) {
        out.push('Defaults changed:');
        for (const d of diff.defaults)
            out.push(`  ${d.key}: ${d.before ?? '(none)'} \u2192 ${d.after ?? '(none)'} in Flink ${d.in}${d.overridden ? ' (the file sets it)' : ''}`);
        out.push('');
    }
    if (diff.configFile) {
        out.push(`Configuration file: Flink ${diff.from} reads ${diff.configFile.from.join(', ')}; Flink ${diff.to} reads ${diff.configFile.to.join(', ')}.`, '');
    }
    out.push(...sideBySide(diff.before, report.after));
    const set = Object.entries(report.set);
    if (set.length > 0)
        out.push('Set:', ...set.map(([k, v]) => `  ${k}: ${v}`), '');
    if (report.remove.length > 0)
        out.push('Remove:', ...report.remove.map((k) => `  ${k}`), '');
    const why = Object.entries(report.why);
    if (why.length > 0)
        out.push('Why:', ...why.map(([k, w]) => `  ${k}: ${w}`), '');
    if (report.migration && !report.migration.ok) {
        out.push(`Flink's migration (bin/migrate-config-file.sh) fails on this file at ${report.migration.key}: ${report.migration.reason}`, '');
    }
    if (report.migration?.dropped && report.migration.dropped.length > 0) {
        out.push(`Flink's nesting drops: ${report.migration.dropped.join(', ')}`, '');
    }
    return out;
}
/** A config's name for people: the file, and in a file of several, its name or line. */
function titleOf(report, config) {
    if (report.configs.length === 1)
        return report.file;
    return `${report.file} (${config.name ?? 'config'}, line ${config.line})`;
}
/** The upgrade for people: each config's changes, then the file rewritten (or why it is not). */
function upgradeText(report) {
    const out = report.configs.flatMap((c) => upgrade_configText(c, titleOf(report, c.config)));
    if (report.fileEdits.length > 0)
        out.push('File:', ...report.fileEdits.map((e) => `  ${e}`), '');
    if (report.unwritten && report.unwritten.length > 0) {
        out.push('Not rewritten (set and remove the keys above by hand):', ...report.unwritten.map((r) => `  ${r}`), '');
    }
    if (report.rewritten)
        out.push(`${report.rewritten.name}:`, report.rewritten.text.trimEnd(), '');
    // Keys, values and the rewritten file are the file's text: shown, never passed to the terminal.
    return `${out.map(visibleLines).join('\n')}\n`;
}
function upgrade_configJson(report) {
    const { diff } = report;
    return {
        ...(report.config.name !== undefined && { name: report.config.name }),
        line: report.config.line,
        from: diff.from,
        to: diff.to,
        deployment: diff.deployment,
        removed: diff.removed,
        renamed: diff.renamed,
        readDifferently: diff.readDifferently,
        defaults: diff.defaults,
        ...(diff.configFile && { configFile: diff.configFile }),
        set: report.set,
        remove: report.remove,
        why: report.why,
        before: diff.before,
        after: report.after,
        ...(report.migration &&
            !report.migration.ok && {
            migrationFailed: { key: report.migration.key, reason: report.migration.reason },
        }),
    };
}
/**
 * `upgrade --format json`: `configs`, one object per config of the file, and the rewritten `file`;
 * for a file of one config, that config's fields at the top as well.
 */
function upgradeToJson(report) {
    const configs = report.configs.map(upgrade_configJson);
    return toJsonValue({
        ...(configs.length === 1 && configs[0]),
        configs,
        ...(report.rewritten && { file: report.rewritten }),
        fileEdits: report.fileEdits,
        ...(report.unwritten && { unwritten: report.unwritten }),
    });
}

;// CONCATENATED MODULE: ./src/report/log-groups.ts



/** Most sections a log gets: past this the job summary and the reports have the rest. */
const LOG_GROUPS_LIMIT = 200;
/**
 * The breakdowns for the log, one section per config: on a pull request the changed configs with
 * base and head side by side, otherwise every config. Titles and lines are repository text made
 * visible; the caller keeps them from being read as commands.
 */
function logGroups(report, diffs) {
    const changed = diffs.filter((d) => d.status !== 'unchanged');
    const items = changed.length > 0
        ? changed.map((d) => ({
            result: (d.head ?? d.base),
            status: ` (${d.status})`,
            sides: d.processes.map((p) => ({ process: p.process, base: p.base, head: p.head })),
        }))
        : report.configs.map((r) => ({
            result: r,
            status: '',
            sides: r.config.processes.map((p) => ({ process: p, base: undefined, head: r.breakdown[p] })),
        }));
    return items.slice(0, LOG_GROUPS_LIMIT).map(({ result, status, sides }) => {
        const { config } = result;
        const lines = [];
        for (const side of sides) {
            const refused = failureText(side.head);
            if (refused)
                lines.push(`${PROCESS_LABELS[side.process]}: ${visible(refused)}`);
            const picture = breakdownPicture(side.process, side.base, side.head?.ok ? side.head : undefined);
            if (picture && !refused)
                lines.push(...picture);
            lines.push('');
        }
        return {
            title: visible(`${config.file}:${config.line}${config.name ? ` ${config.name}` : ''} \u00b7 Flink ${config.flinkVersion}${status}`),
            lines,
        };
    });
}

;// CONCATENATED MODULE: ./src/report/markdown-terminal.ts
/**
 * A Markdown page (a rule's docs) as plain text for a terminal: headings underlined, emphasis and
 * code marks dropped (bold kept as bold on a colour terminal), code blocks indented, and every link
 * written out as an absolute URL (relative ones resolved against the page's own URL), so that
 * what a reader can follow in a browser they can follow from a terminal too.
 */
const bold = (on, text) => (on ? `\u001b[1m${text}\u001b[0m` : text);
function absolute(url, base) {
    try {
        return new URL(url, base).href;
    }
    catch {
        return url;
    }
}
function inline(text, options) {
    return (text
        // [label](url): the label, then the URL it goes to.
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label, url) => {
        const href = absolute(url, options.pageUrl);
        const shown = label.replace(/`/g, '');
        return shown === href ? href : `${shown} (${href})`;
    })
        .replace(/\*\*([^*]+)\*\*/g, (_m, t) => bold(options.color, t))
        .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,:;])/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'));
}
function markdownToTerminal(markdown, options) {
    const out = [];
    let fence;
    for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
        const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line);
        if (fence !== undefined) {
            if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length)
                fence = undefined;
            else
                out.push(`    ${line}`);
            continue;
        }
        if (fenceMark) {
            fence = fenceMark[1];
            continue;
        }
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading) {
            const title = inline(heading[2], { ...options, color: false });
            out.push(bold(options.color, title), (heading[1].length === 1 ? '=' : '-').repeat(title.length));
            continue;
        }
        // Table separator rows say nothing on a terminal.
        if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line))
            continue;
        out.push(inline(line, options));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}
/** The edit distance of two short words (Levenshtein), for "did you mean". */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
/** The names closest to a mistyped one: within a third of its length, or holding it whole. */
function nearNames(wanted, names, most = 3) {
    const w = wanted.toLowerCase();
    return names
        .map((name) => ({ name, d: name.includes(w) && w.length >= 3 ? 0 : editDistance(w, name) }))
        .filter((x) => x.d <= Math.max(2, Math.floor(w.length / 3)))
        .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
        .slice(0, most)
        .map((x) => x.name);
}

;// CONCATENATED MODULE: ./src/report/index.ts




















/***/ }),

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oQ: () => (/* reexport */ DEFAULT_NAMESPACE),
  Y_: () => (/* reexport */ changedFiles),
  OR: () => (/* reexport */ confinedPath),
  st: () => (/* reexport */ dockerBytes),
  ao: () => (/* reexport */ filesAtCommit),
  Yn: () => (/* reexport */ getPath),
  tQ: () => (/* reexport */ graft),
  VP: () => (/* reexport */ insidePaths),
  iu: () => (/* reexport */ insideWorkTree),
  S2: () => (/* reexport */ isDockerfileName),
  IP: () => (/* reexport */ isHelmTemplatePath),
  FJ: () => (/* reexport */ isKustomizationFileName),
  oo: () => (/* reexport */ isValuesFileName),
  o5: () => (/* reexport */ lexicallyInside),
  jU: () => (/* reexport */ listCandidates),
  Az: () => (/* reexport */ loadDocument),
  ZN: () => (/* reexport */ loadFile),
  hD: () => (/* reexport */ locationOf),
  Z9: () => (/* reexport */ mapItems),
  bV: () => (/* reexport */ markOverrides),
  WR: () => (/* reexport */ operatorMemory),
  id: () => (/* reexport */ parseDocumentsWithinDepth),
  BU: () => (/* reexport */ parseYamlFile),
  hh: () => (/* reexport */ processOf),
  zy: () => (/* reexport */ quantityBytes),
  lH: () => (/* reexport */ readCandidates),
  Hz: () => (/* reexport */ readConfined),
  Hk: () => (/* reexport */ readHelmTemplate),
  Tu: () => (/* reexport */ readValuesTree),
  dU: () => (/* reexport */ realRoot),
  WL: () => (/* reexport */ resolveCommit),
  iC: () => (/* reexport */ safeRelative),
  ws: () => (/* reexport */ scalarText),
  sT: () => (/* reexport */ selectListed),
  Sg: () => (/* reexport */ seqItems),
  Q2: () => (/* reexport */ tooDeepMessage),
  OX: () => (/* reexport */ trackedFileCount),
  uv: () => (/* reexport */ treeReader),
  Qk: () => (/* reexport */ unreadableReason),
  fK: () => (/* reexport */ valueAt),
  vV: () => (/* reexport */ valuesFlinkVersion),
  rF: () => (/* reexport */ valuesImages),
  T: () => (/* reexport */ valuesLimits),
  DP: () => (/* reexport */ wholeFileFormat)
});

// UNUSED EXPORTS: GIT_ENV, MAX_FILE_BYTES, SAFE_GIT, fileAtCommit, git, isCandidateName, namespaceOf, readConfigYaml, readFlinkConf

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/sources/discover/git.ts



/**
 * Options in front of every git command: a git config may name hooks, an fsmonitor program, a
 * pager or an external diff, and none must ever run. Filter and textconv drivers are kept out by
 * how git is asked (see git-revision.ts): never about work-tree content, `--no-textconv`.
 */
const SAFE_GIT = [
    '--no-pager',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'core.pager=cat',
    '-c',
    'diff.external=',
];
/** The environment of every git command: never prompting, never paging, never taking optional locks. */
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    GIT_EXTERNAL_DIFF: '',
};
/**
 * Runs git with an argument array (no shell), never prompting and never running hooks or
 * external diff/textconv drivers, so nothing from the repository is executed.
 */
function git_git(args, cwd, timeoutMs = 60_000) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', [...SAFE_GIT, ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: 64 * 1024 * 1024,
            timeout: timeoutMs,
            env: { ...process.env, ...GIT_ENV },
        }, (error, stdout, stderr) => {
            resolve({ ok: !error, stdout, stderr: stderr.toString('utf8').trim() });
        });
    });
}
/** Parses `git diff --name-status -z` output (renames and copies carry two paths). */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    for (let i = 0; i + 1 < fields.length;) {
        const status = fields[i];
        if (status === '')
            break;
        if (status.startsWith('R') || status.startsWith('C')) {
            files.push({ path: fields[i + 2], basePath: status.startsWith('R') ? fields[i + 1] : undefined });
            i += 3;
        }
        else {
            const path = fields[i + 1];
            files.push({ path, basePath: status === 'A' ? undefined : path });
            i += 2;
        }
    }
    return files;
}
/**
 * How many files git tracks in the work tree holding `dir`, from the header of its index (12
 * bytes: `DIRC`, version, entry count), without running git: a run sizes itself by it before
 * listing. Undefined outside a work tree or for an index it does not know.
 */
function trackedFileCount(dir) {
    for (let at = external_node_path_default().resolve(dir);; at = external_node_path_default().dirname(at)) {
        const dotGit = external_node_path_default().join(at, '.git');
        let gitDir;
        try {
            gitDir = (0,external_node_fs_.statSync)(dotGit).isDirectory()
                ? dotGit
                : /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'))?.[1]?.trim();
        }
        catch {
            if (external_node_path_default().dirname(at) === at)
                return undefined;
            continue;
        }
        if (!gitDir)
            return undefined;
        return indexEntries(external_node_path_default().resolve(at, gitDir, 'index'));
    }
}
function indexEntries(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const header = Buffer.alloc(12);
        if ((0,external_node_fs_.readSync)(fd, header, 0, 12, 0) < 12 || header.toString('latin1', 0, 4) !== 'DIRC')
            return undefined;
        return header.readUInt32BE(8);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/sources/discover/confined-file.ts


/**
 * The one way the tool opens a file of the repository it lints (configs, the settings file, user
 * policies, the baseline): its real path, symbolic links resolved, must lie inside one of the
 * allowed roots, it must be a regular file, and at most `maxBytes` are read. A refusal names the
 * path and why, never anything the file holds. Everything in a pull request's checkout is written
 * by its author, links included: see SECURITY.md.
 */
/** Files above this size are not read (reported as a notice). */
const MAX_FILE_BYTES = 1024 * 1024;
/** The real path of a folder the tool may read under; undefined when it does not exist. */
function realRoot(dir) {
    try {
        return external_node_fs_.realpathSync.native(dir);
    }
    catch {
        return undefined;
    }
}
/** Whether a real path lies in (or is) one of the real roots. */
function insideRoots(real, roots) {
    return roots.some((root) => real === root || real.startsWith(root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep));
}
/** Whether a path, as written, stays inside `dir` (no `..` out of it, not absolute elsewhere). */
function lexicallyInside(dir, file) {
    const rel = external_node_path_default().relative(dir, external_node_path_default().resolve(dir, file));
    return rel === '' || (!rel.startsWith(`..${(external_node_path_default()).sep}`) && rel !== '..' && !external_node_path_default().isAbsolute(rel));
}
/**
 * The real path of `file` when it lies inside the roots; otherwise why not. Used for folders
 * (policy folders, linted paths) before they are listed.
 */
function confinedPath(file, roots) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(file);
    }
    catch (err) {
        return failure(err);
    }
    if (!insideRoots(real, roots))
        return {
            ok: false,
            code: 'symlink-outside-root',
            message: 'A symbolic link out of the workspace; not followed',
        };
    return { ok: true, real };
}
/** Reads a file inside the roots; see the module comment. */
function readConfined(file, roots, maxBytes = MAX_FILE_BYTES, folders) {
    if (folders) {
        const dir = external_node_path_default().dirname(file);
        let realDir = folders.get(dir);
        if (realDir === undefined) {
            const where = confinedPath(dir, roots);
            if (where.ok)
                folders.set(dir, (realDir = where.real));
        }
        // O_NOFOLLOW refuses a file that is itself a link: that one takes the whole path's resolution.
        if (realDir !== undefined) {
            const read = readReal(external_node_path_default().join(realDir, external_node_path_default().basename(file)), maxBytes);
            if (read !== LINK)
                return read;
        }
    }
    const where = confinedPath(file, roots);
    if (!where.ok)
        return where;
    const read = readReal(where.real, maxBytes);
    return read === LINK ? LOOP : read;
}
const LINK = 'link';
const LOOP = { ok: false, code: 'unreadable', message: 'A loop of symbolic links; not read' };
/** Opens a path already known to lie inside the roots (its last part may still be a link). */
function readReal(real, maxBytes) {
    let fd;
    try {
        // Non-blocking: a named pipe opens at once (and is then refused) instead of waiting for a writer.
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const reason = unreadableReason(stat, maxBytes);
        if (reason)
            return { ok: false, code: stat.isFile() ? 'file-too-large' : 'not-a-file', message: reason };
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        while (read < bytes.length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, bytes.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
    }
    catch (err) {
        return err.code === 'ELOOP' ? LINK : failure(err);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function failure(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return { ok: false, code: 'not-found', message: 'No such file (or a dangling symbolic link)' };
    if (code === 'ELOOP')
        return LOOP;
    // Node's message without the path it ends with.
    return {
        ok: false,
        code: 'unreadable',
        message: `Could not be read (${err.message.replace(/, \w+ '.*'$/, '')})`,
    };
}
/** Why a file is not read as text: not a regular file (a FIFO would block), or over the size limit. */
function unreadableReason(stat, maxBytes = MAX_FILE_BYTES) {
    if (!stat.isFile())
        return `A ${fileKind(stat)}, not a regular file; not read`;
    if (stat.size > maxBytes)
        return `${stat.size} bytes, above the ${maxBytes}-byte limit; not read`;
    return undefined;
}
function fileKind(stat) {
    if (stat.isDirectory())
        return 'folder';
    if (stat.isFIFO())
        return 'named pipe (FIFO)';
    if (stat.isSocket())
        return 'socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'device';
    return 'special file';
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/sources/formats/dockerfile-name.ts
/** `Dockerfile`, `Dockerfile.<variant>`, `<variant>.Dockerfile` (any case): read as text for the image it builds on. */
function isDockerfileName(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    return /^(?:dockerfile(?:\.[\w.-]+)?|[\w.-]+\.dockerfile)$/i.test(base) && !/\.dockerignore$/i.test(base);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
;// CONCATENATED MODULE: ./src/sources/yaml/unique-keys.ts

/**
 * The YAML library's own duplicate-key check compares each key with every earlier one, so a map of
 * 100,000 keys takes minutes. This finds the same duplicates (the same key node, or scalars of the
 * same value) with one lookup a key, and adds the library's error at the later key, in file order.
 */
function addDuplicateKeyErrors(doc) {
    const found = [];
    // A walk over collections only (yaml's `visit` calls back for every node): every file read goes through here.
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Set();
        for (const { key, value: child } of node.items) {
            stack.push(key, child);
            const value = (0,dist/* isScalar */.jn)(key) ? key.value : key;
            // NaN never equals itself, as in the library.
            if (typeof value === 'number' && Number.isNaN(value))
                continue;
            if (!seen.has(value)) {
                seen.add(value);
                continue;
            }
            const offset = ((0,dist/* isNode */.Ll)(key) ? key.range?.[0] : undefined) ?? node.range?.[0] ?? 0;
            found.push(new dist/* YAMLParseError */.XT([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
    }
    if (found.length === 0)
        return;
    for (const error of found)
        doc.errors.push(error);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

;// CONCATENATED MODULE: ./src/sources/yaml/depth.ts


/**
 * Deepest nesting of collections a YAML document may have to be read. The YAML composer and
 * every reader after it recurse once a level, so a deeper document (`[[[[...`) would exhaust the
 * stack; Flink's configurations nest a handful of levels.
 */
const MAX_YAML_DEPTH = 64;
const LONE_CR = /\r(?!\n)/g;
/** Says what is wrong with a document left out for its depth, and where. */
function tooDeepMessage(line, column) {
    return `Collections nest deeper than ${MAX_YAML_DEPTH} levels at line ${line}, column ${column}; the YAML document is not read`;
}
/**
 * Parses a YAML stream as `parseAllDocuments` does, but measures each document's nesting on the
 * parser's syntax tree (built with a stack, not recursion) before composing it: a document nested
 * deeper than `MAX_YAML_DEPTH` is never composed. `forceDoc` yields a document for an empty stream.
 */
function parseDocumentsWithinDepth(text, options, lineCounter, forceDoc = false) {
    const out = [];
    const slots = [];
    // Streamed to the composer: a document token arrives complete, and is measured then.
    function* measured(tokens) {
        let dropped = false;
        for (const token of tokens) {
            if (token.type === 'document') {
                const at = tooDeepAt(token);
                dropped = at !== undefined;
                if (at !== undefined) {
                    out.push({ tooDeepAt: at });
                    continue;
                }
                slots.push(out.length);
                out.push(undefined);
            }
            // The `...` of a document left out ends nothing the composer saw.
            if (token.type === 'doc-end' && dropped)
                continue;
            yield token;
        }
    }
    // YAML (and Flink's and Kubernetes' readers) end a line at a lone CR too; the parser only at LF.
    // The same length, so offsets stay.
    const source = text.replace(LONE_CR, '\n');
    const tokens = measured(new dist/* Parser */.iX(lineCounter.addNewLine).parse(source));
    let index = 0;
    // Warnings (a collection as a mapping key) would go to the process's stderr; callers report.
    const composer = new dist/* Composer */.Dk({ logLevel: 'error', ...options, uniqueKeys: false });
    for (const doc of composer.compose(tokens, forceDoc, source.length)) {
        if (options.uniqueKeys ?? true)
            addDuplicateKeyErrors(doc);
        if (index < slots.length)
            out[slots[index]] = { doc };
        else if (out.length === 0)
            out.push({ doc });
        index++;
    }
    return out.filter((d) => d !== undefined);
}
/** Offset of the first collection (in document order) that nests deeper than the limit. */
function tooDeepAt(document) {
    const tokens = [];
    const depths = [];
    if (document.value) {
        tokens.push(document.value);
        depths.push(0);
    }
    while (tokens.length > 0) {
        const token = tokens.pop();
        const depth = depths.pop();
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (depth >= MAX_YAML_DEPTH)
            return token.offset;
        // Pushed last to first, so that the first child is looked at first.
        for (let i = token.items.length - 1; i >= 0; i--) {
            const { key, value } = token.items[i];
            if (value) {
                tokens.push(value);
                depths.push(depth + 1);
            }
            if (key) {
                tokens.push(key);
                depths.push(depth + 1);
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/yaml/document.ts


/** Guards against hostile YAML: alias bombs, deep nesting, files with thousands of documents. */
const YAML_LIMITS = { maxAliasCount: 100, maxDepth: MAX_YAML_DEPTH, maxDocuments: 500 };
/**
 * A line holding only template directives (`{{- if .Values.x }}`, `{{ end }}`) is not YAML; it is
 * emptied (line numbers stay). An inline expression (`name: {{ .Values.name }}-config`) becomes a
 * `${ .Values.name } ` placeholder of the same length, which YAML reads as text. One pass a line,
 * without regular expressions that backtrack: a hostile line of braces costs its length.
 */
function neutralizeTemplates(text) {
    if (!text.includes('{{'))
        return text;
    return text.split('\n').map(neutralizeLine).join('\n');
}
function neutralizeLine(line) {
    const open = line.indexOf('{{');
    if (open < 0)
        return line;
    const cr = line.endsWith('\r') ? '\r' : '';
    let from = 0;
    let to = line.length - cr.length;
    while (from < to && isBlank(line.charCodeAt(from)))
        from++;
    while (to > from && isBlank(line.charCodeAt(to - 1)))
        to--;
    if (to - from >= 4 && from === open && line.startsWith('}}', to - 2))
        return cr;
    let out = '';
    let done = 0;
    for (let start = open; start >= 0; start = line.indexOf('{{', done)) {
        const end = line.indexOf('}}', start + 2);
        // No later `{{` on the line has a `}}` after it either.
        if (end < 0)
            break;
        out += `${line.slice(done, start)}${templatePlaceholder(line.slice(start + 2, end))} `;
        done = end + 2;
    }
    return out + line.slice(done);
}
/** What `{{inner}}` becomes in the parsed text (without the space after it), which YAML reads as text. */
function templatePlaceholder(inner) {
    return `\${${inner.replaceAll(': ', ':_').replaceAll(' #', ' _')}}`;
}
function isBlank(code) {
    return code === 0x20 || code === 0x09;
}
/** Parses every document of a YAML file; syntax errors become problems with the parser's line. */
function parseYamlFile(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const problems = [];
    const parsedText = neutralizeTemplates(text);
    const docs = parseDocumentsWithinDepth(parsedText, { prettyErrors: false, intAsBigInt: true }, lineCounter);
    const yaml = { file, text: parsedText, lineCounter, documents: [] };
    if (parsedText === text)
        yaml.parsed = { docs, lineCounter };
    const at = (offset) => locationAt(yaml, offset);
    const mayHoldAlias = parsedText.includes('*');
    if (docs.length > YAML_LIMITS.maxDocuments) {
        problems.push({
            code: 'limit',
            message: `The file has ${docs.length} YAML documents; only the first ${YAML_LIMITS.maxDocuments} are read`,
            location: at(0),
        });
    }
    docs.slice(0, YAML_LIMITS.maxDocuments).forEach((checked, index) => {
        if (!('doc' in checked)) {
            const location = at(checked.tooDeepAt);
            problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
            return;
        }
        const { doc } = checked;
        if (doc.errors.length > 0) {
            const error = doc.errors[0];
            problems.push({ code: 'yaml-error', message: firstLine(error.message), location: at(error.pos[0]) });
            return;
        }
        try {
            // Counts alias expansions (alias bombs) and throws on an alias to an undefined anchor; a
            // text without `*` has no alias, and the full conversion is skipped.
            if (mayHoldAlias)
                doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
        }
        catch (err) {
            const offset = doc.contents?.range[0] ?? 0;
            problems.push({
                code: 'yaml-error',
                message: firstLine(String(err.message)),
                location: at(offset),
            });
            return;
        }
        const root = resolve(doc, doc.contents);
        yaml.documents.push({ index, doc, root: root ?? undefined });
    });
    return { yaml, problems };
}
function firstLine(message) {
    return message.split('\n', 1)[0].trim();
}
function locationAt(yaml, offset) {
    const { line, col } = yaml.lineCounter.linePos(offset);
    return { file: yaml.file, line, column: col };
}
function locationOf(yaml, node, fallback) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return fallback ?? locationAt(yaml, 0);
    return locationAt((node && grafts.get(node)) ?? yaml, offset);
}
/** Nodes placed into another file's document (a Kustomize patch's values), and the file each is written in. */
const grafts = new WeakMap();
/**
 * Marks a node and everything under it as written in `yaml`: once grafted into another file's
 * document, each is still located (`locationOf`, `embeddedPositionMap`) where it is written.
 */
function graft(node, yaml) {
    const stack = [node];
    for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
        const current = stack.pop();
        if (!current || typeof current !== 'object')
            continue;
        if ((0,dist/* isScalar */.jn)(current) || (0,dist/* isMap */.jh)(current) || (0,dist/* isSeq */.oP)(current) || (0,dist/* isAlias */.Vj)(current))
            grafts.set(current, yaml);
        if ((0,dist/* isMap */.jh)(current) || (0,dist/* isSeq */.oP)(current))
            for (const item of current.items) {
                if ((0,dist/* isPair */.tO)(item))
                    stack.push(item.key, item.value);
                else
                    stack.push(item);
            }
    }
}
/** Follows aliases to the anchored node. */
function resolve(doc, node) {
    let current = node;
    for (let hops = 0; current && (0,dist/* isAlias */.Vj)(current) && hops < YAML_LIMITS.maxAliasCount; hops++) {
        current = current.resolve(doc);
    }
    return current ?? null;
}
/** A mapping's pairs with scalar keys, YAML merge keys (`<<: *anchor`) expanded; own keys win. */
function mapItems(doc, node, 
// Mappings being expanded: a merge key that reaches its own mapping (`&a <<: *a`) adds nothing.
expanding = new Set()) {
    const map = resolve(doc, node);
    if (!map || !(0,dist/* isMap */.jh)(map) || expanding.has(map))
        return [];
    expanding.add(map);
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined)
            continue;
        const value = resolve(doc, pair.value);
        if (key === '<<' && !((0,dist/* isScalar */.jn)(keyNode) && keyNode.type !== dist/* Scalar */.X5.PLAIN)) {
            const sources = value && (0,dist/* isSeq */.oP)(value) ? value.items.map((i) => resolve(doc, i)) : [value];
            for (const source of sources)
                merged.push(...mapItems(doc, source, expanding));
            continue;
        }
        own.push({ key, keyNode, value });
    }
    expanding.delete(map);
    const ownKeys = new Set(own.map((i) => i.key));
    return [...own, ...merged.filter((i) => !ownKeys.has(i.key))];
}
function getItem(doc, node, key) {
    return mapItems(doc, node).find((i) => i.key === key);
}
/** The node at a path of mapping keys. */
function getPath(doc, node, ...path) {
    let current = resolve(doc, node);
    for (const key of path) {
        current = getItem(doc, current, key)?.value;
        if (!current)
            return null;
    }
    return current ?? null;
}
function seqItems(doc, node) {
    const seq = resolve(doc, node);
    if (!seq || !(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((i) => resolve(doc, i)).filter((i) => i !== null);
}
/** A `%VAR%` placeholder (Windows-style templates). */
const PERCENT_PLACEHOLDER = /%[A-Z][A-Z0-9_]*%/;
/**
 * A template placeholder where a value should be: `{{ .Values.x }}` (both braces on one line),
 * `${VAR}` or `%VAR%`. Found with `indexOf`, not a lazy pattern tried from every `{{`: a hostile
 * value of thousands of unclosed `{{` or `${` costs its length once.
 */
function isPlaceholder(text) {
    const dollar = text.indexOf('${');
    if (dollar >= 0 && text.indexOf('}', dollar + 2) >= 0)
        return true;
    if (text.includes('{{'))
        for (const line of text.split(LINE_TERMINATORS)) {
            const open = line.indexOf('{{');
            if (open >= 0 && line.indexOf('}}', open + 2) >= 0)
                return true;
        }
    return PERCENT_PLACEHOLDER.test(text);
}
/** What ends a line for `.` in a pattern. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;
/** A YAML scalar's value as text (numbers as JavaScript prints them, bigints exactly). */
function scalarString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** A scalar as text, and whether it is a template placeholder. */
function scalarText(doc, node) {
    const resolved = resolve(doc, node);
    if (!resolved)
        return undefined;
    if ((0,dist/* isScalar */.jn)(resolved)) {
        const text = scalarString(resolved.value);
        return text === undefined ? undefined : { text, unresolved: isPlaceholder(text) };
    }
    return undefined;
}
function isStringScalar(doc, node) {
    const resolved = resolve(doc, node);
    return resolved !== null && (0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string';
}
/**
 * Maps positions inside a string scalar's value (an embedded `flink-conf.yaml`, a `FLINK_PROPERTIES`
 * block) to the real file: each value line is found in the source in order, so block scalars,
 * indentation and multi-line quoted strings all land on the line where the text is written.
 */
function embeddedPositionMap(written, node) {
    const yaml = grafts.get(node) ?? written;
    const [start, , end] = node.range ?? [0, 0, 0];
    const source = yaml.text.slice(0, end);
    const lines = String(node.value).split(/\r\n|\n|\r/);
    const found = [];
    let cursor = start;
    for (const line of lines) {
        const content = line.trimEnd();
        if (content.trim() === '') {
            found.push(undefined);
            continue;
        }
        const at = source.indexOf(content, cursor);
        if (at < 0) {
            found.push(undefined);
            continue;
        }
        found.push({ offset: at });
        cursor = at + content.length;
    }
    const fallback = yaml.lineCounter.linePos(start);
    return (line, column) => {
        const hit = found[line - 1];
        if (!hit)
            return { line: fallback.line, column: fallback.col };
        const pos = yaml.lineCounter.linePos(hit.offset + column - 1);
        return { line: pos.line, column: pos.col };
    };
}

;// CONCATENATED MODULE: ./src/sources/config-builder.ts

function buildConfig(draft) {
    const config = {
        id: `${draft.location.file}#${draft.part}`,
        file: draft.location.file,
        line: draft.location.line,
        column: draft.location.column,
        kind: draft.kind,
        evidence: draft.version,
        deployment: draft.deployment,
        entries: markOverrides(markPlaceholders(draft.entries, draft.problems)),
        container: draft.container ?? {},
        processes: draft.processes,
        problems: draft.problems,
    };
    if (draft.name !== undefined)
        config.name = draft.name;
    if (draft.kubernetes)
        config.kubernetes = draft.kubernetes;
    if (draft.appendsToImageConf)
        config.appendsToImageConf = draft.appendsToImageConf;
    if (draft.podTemplateLimits && Object.keys(draft.podTemplateLimits).length > 0)
        config.podTemplateLimits = draft.podTemplateLimits;
    if (draft.replicas && Object.keys(draft.replicas).length > 0)
        config.replicas = draft.replicas;
    if (draft.clusterMode)
        config.clusterMode = draft.clusterMode;
    if (draft.job)
        config.job = draft.job;
    if (draft.image !== undefined)
        config.image = draft.image;
    if (draft.annotations && Object.keys(draft.annotations).length > 0)
        config.annotations = draft.annotations;
    if (draft.env && Object.keys(draft.env).length > 0)
        config.env = draft.env;
    if (draft.envLocations && Object.keys(draft.envLocations).length > 0)
        config.envLocations = draft.envLocations;
    return config;
}
/** Values that are still template placeholders (`{{ .Values.x }}`, `${VAR}`) are not values yet. */
function markPlaceholders(entries, problems) {
    for (const entry of entries) {
        if (entry.unresolved || typeof entry.value !== 'string' || !isPlaceholder(entry.value))
            continue;
        entry.unresolved = true;
        problems.push({
            code: 'unresolved-template',
            message: `'${entry.key}' is a template placeholder, not a value: ${entry.value}`,
            location: entry.location,
        });
    }
    return entries;
}
/** Marks each entry a later one (in `entries`, then `later`) replaces, keeping marks already set. */
function markOverrides(entries, later = []) {
    const last = new Map();
    for (const entry of [...entries, ...later]) {
        const earlier = last.get(entry.key);
        if (earlier && !earlier.overriddenBy)
            earlier.overriddenBy = entry.location;
        last.set(entry.key, entry);
    }
    return entries;
}
/** Container memory limits, keeping only the processes that have one. */
function containerLimits(limits) {
    const result = {};
    for (const process of ['jobmanager', 'taskmanager']) {
        const limit = limits[process];
        if (limit)
            result[process] = limit;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-conf.ts
const identityMap = (line, column) => ({ line, column });
function locate(file, map, line, column) {
    return { file, ...map(line, column) };
}
/** Java `String.trim()`: strips code units up to U+0020 only (not NBSP or other Unicode spaces). */
function trimStart(s, from, to) {
    while (from < to && s.charCodeAt(from) <= 0x20)
        from++;
    return from;
}
function trimEnd(s, from, to) {
    while (to > from && s.charCodeAt(to - 1) <= 0x20)
        to--;
    return to;
}
const BOM = 0xfeff;
/** Problems one file reports line by line; the rest are counted in one more. */
const MAX_LINE_PROBLEMS = 100;
/**
 * Flink's legacy `flink-conf.yaml` line reader (`GlobalConfiguration.loadYAMLResource`, 1.10\u20131.20):
 * cut at the first `#`, trim, split at the first `": "`, every value a string, later lines win.
 */
function readFlinkConf(text, file, map = identityMap) {
    const entries = [];
    const problems = [];
    const byKey = new Map();
    let lineNo = 0;
    let pos = 0;
    let unsaid = 0;
    const n = text.length;
    while (pos < n) {
        // Java's BufferedReader.readLine: \n, \r and \r\n all end a line.
        let end = pos;
        while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)
            end++;
        const next = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
        lineNo++;
        // The line on its own: searches for '#' and ': ' stop at its end, not the file's.
        readLine(text.slice(pos, end), 0, end - pos, lineNo);
        pos = next;
    }
    if (unsaid > 0)
        problems.push({
            code: 'limit',
            message: `${unsaid} more lines have problems; only the first ${MAX_LINE_PROBLEMS} are reported`,
            location: locate(file, map, lineNo, 1),
        });
    return { entries, problems };
    /** A file of a million bad lines gives a hundred problems and a count, not a million. */
    function report(problem) {
        if (problems.length < MAX_LINE_PROBLEMS)
            problems.push(problem);
        else
            unsaid++;
    }
    function readLine(s, start, end, line) {
        const hash = s.indexOf('#', start);
        const cut = hash >= 0 && hash < end ? hash : end;
        const from = trimStart(s, start, cut);
        const to = trimEnd(s, from, cut);
        if (from === to)
            return;
        const at = (i) => locate(file, map, line, i - start + 1);
        const sep = s.indexOf(': ', from);
        if (sep < 0 || sep + 2 > to) {
            report({
                code: 'invalid-line',
                message: `Line is not a key-value pair (missing space after ':'?): ${s.slice(from, to)}`,
                location: at(from),
            });
            return;
        }
        const keyFrom = from;
        const keyTo = trimEnd(s, keyFrom, sep);
        const valueFrom = trimStart(s, sep + 2, to);
        if (keyFrom === keyTo || valueFrom === to) {
            report({
                code: 'empty-key-or-value',
                message: `Key or value was empty: ${s.slice(from, to)}`,
                location: at(from),
            });
            return;
        }
        const key = s.slice(keyFrom, keyTo);
        if (line === 1 && key.charCodeAt(0) === BOM) {
            report({
                code: 'other',
                message: `The file starts with a byte-order mark, which Flink reads as part of the first key ('${key.slice(1)}' is not set)`,
                location: at(keyFrom),
            });
        }
        const entry = { key, value: s.slice(valueFrom, to), location: at(keyFrom), origin: 'file' };
        const earlier = byKey.get(key);
        if (earlier) {
            earlier.overriddenBy = entry.location;
            report({
                code: 'duplicate-key',
                message: `Duplicate key '${key}': this line overrides line ${earlier.location.line}`,
                location: entry.location,
            });
        }
        byKey.set(key, entry);
        entries.push(entry);
    }
}

;// CONCATENATED MODULE: ./src/sources/formats/config-yaml.ts




/** Flink's own message when the standard YAML loader fails (its cause is stripped of details). */
const YAML_LOAD_ERROR = 'Error parsing YAML configuration.';
const MAX_ALIAS_COUNT = 100;
/** A YAML text parsed with the options Flink's reader uses (YAML 1.2, core schema, unique keys). */
function parseConfigYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = parseDocumentsWithinDepth(text, { uniqueKeys: true, schema: 'core', version: '1.2', intAsBigInt: true, prettyErrors: false }, lineCounter, true);
    return { docs, lineCounter };
}
/**
 * Flink's standard YAML reader for `config.yaml` (1.19+): YAML 1.2 core schema, one document whose
 * root is a mapping, nested mappings flattened with `.`, scalars keeping their YAML type.
 */
function readConfigYaml(text, file, map = identityMap, { docs, lineCounter } = parseConfigYaml(text)) {
    const entries = [];
    const problems = [];
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return locate(file, map, line, col);
    };
    const fail = (code, detail, offset) => problems.push({ code, message: `${YAML_LOAD_ERROR} ${detail}`, location: at(offset) });
    for (const checked of docs) {
        if (!('tooDeepAt' in checked))
            continue;
        const location = at(checked.tooDeepAt);
        problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
        return { entries, problems };
    }
    const [doc, ...more] = docs.flatMap((d) => ('doc' in d ? [d.doc] : []));
    if (more.length > 0) {
        fail('yaml-error', 'The file holds more than one YAML document.', more[0].range[0]);
        return { entries, problems };
    }
    if (!doc)
        return { entries, problems };
    if (doc.errors.length > 0) {
        // Flink stops at the first error; a hostile file can hold one per byte.
        fail('yaml-error', config_yaml_firstLine(doc.errors[0].message), doc.errors[0].pos[0]);
        return { entries, problems };
    }
    try {
        // Expands aliases with the alias-count guard; an alias to an undefined anchor throws here.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        fail('yaml-error', config_yaml_firstLine(err instanceof Error ? err.message : String(err)), 0);
        return { entries, problems };
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return { entries, problems };
    if (!(0,dist/* isMap */.jh)(root)) {
        fail('yaml-error', 'The root of the configuration must be a mapping.', root.range[0]);
        return { entries, problems };
    }
    const byKey = new Map();
    flatten(root.items, '');
    return { entries, problems };
    function flatten(items, prefix) {
        for (const pair of items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range[0] ?? 0;
            const key = prefix + keyText(keyNode, doc);
            const valueNode = config_yaml_resolve(pair.value, doc);
            if ((0,dist/* isMap */.jh)(valueNode)) {
                flatten(valueNode.items, `${key}.`);
                continue;
            }
            if (valueNode === null || ((0,dist/* isScalar */.jn)(valueNode) && valueNode.value === null)) {
                fail('null-value', `The value of '${key}' is empty (Value must not be null).`, keyOffset);
                continue;
            }
            const entry = {
                key,
                value: scalarValue(valueNode, doc),
                location: at(keyOffset),
                origin: 'file',
            };
            const valueOffset = pair.value?.range[0];
            if (valueOffset !== undefined) {
                const valueLocation = at(valueOffset);
                if (valueLocation.line !== entry.location.line)
                    entry.valueLocation = valueLocation;
            }
            const earlier = byKey.get(key);
            if (earlier) {
                earlier.overriddenBy = entry.location;
                problems.push({
                    code: 'duplicate-key',
                    message: `Key '${key}' is also set on line ${earlier.location.line}; this later value wins`,
                    location: entry.location,
                });
            }
            byKey.set(key, entry);
            entries.push(entry);
        }
    }
}
function config_yaml_firstLine(message) {
    const line = message.split('\n', 1)[0].trim();
    return line.endsWith('.') || line.endsWith(':') ? line.replace(/:$/, '.') : `${line}.`;
}
function config_yaml_resolve(node, doc) {
    let current = node;
    // toJS() already proved every alias resolves; follow chains of aliases to the anchored node.
    while (current && (0,dist/* isAlias */.Vj)(current))
        current = current.resolve(doc);
    return current ?? null;
}
function keyText(node, doc) {
    const resolved = config_yaml_resolve(node, doc);
    if (resolved === null)
        return '';
    if ((0,dist/* isScalar */.jn)(resolved))
        return valueText(resolved.value);
    return flowText(resolved, doc);
}
/** A typed scalar as Flink's `Configuration` keeps it; collections become their flow-style text. */
function scalarValue(node, doc) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string')
            return v;
        return String(v);
    }
    return flowText(node, doc);
}
function valueText(v) {
    if (typeof v === 'number')
        return (0,flink/* javaDoubleToString */.kx)(v);
    return String(v);
}
/** Flink stores sequences as their flow-style YAML text (`[a, b]`), re-parsed only by list options. */
function flowText(node, doc) {
    const resolved = config_yaml_resolve(node, doc);
    if (resolved === null)
        return 'null';
    if ((0,dist/* isSeq */.oP)(resolved))
        return `[${resolved.items.map((item) => flowText(item, doc)).join(', ')}]`;
    if ((0,dist/* isMap */.jh)(resolved)) {
        const pairs = resolved.items.map((p) => `${flowText(p.key, doc)}: ${flowText(p.value, doc)}`);
        return `{${pairs.join(', ')}}`;
    }
    if ((0,dist/* isScalar */.jn)(resolved)) {
        const v = resolved.value;
        if (typeof v === 'string')
            return (0,dist/* stringify */.As)(v, { lineWidth: 0 }).trimEnd();
        return v === null ? 'null' : valueText(v);
    }
    return '';
}

;// CONCATENATED MODULE: ./src/sources/formats/whole-file.ts






/** `flink-conf.yaml`, also as a template (`flink-conf.yaml.tpl`, `flink-conf.yaml.template`). */
function isFlinkConfName(path) {
    return /(?:^|\/)flink-conf\.ya?ml(?:\.[\w-]+)?$/i.test(path);
}
const CONFIG_YAML_NAME = /(?:^|\/)config\.ya?ml$/i;
/** `flink-conf.yaml` is read by its name, whatever it holds. */
const FLINK_CONF_MARKERS = { name: isFlinkConfName };
/**
 * A `config.yaml` is Flink's when one of its keys, flattened, sizes or names a process
 * (`isFlinkConfigYaml`: `taskmanager.`, `jobmanager.` or a memory key, `containerized.heap-cutoff-\u2026`
 * among them): nested or flat, quoted or not, the first segment is in the text as it is.
 */
const CONFIG_YAML_MARKERS = { text: ['taskmanager', 'jobmanager', 'containerized'] };
/**
 * Which reader Flink would use for a file given as one configuration: by its name, else by its
 * content (nesting, lists or quoted YAML values mean the standard YAML `config.yaml`).
 */
function wholeFileFormat(name, text) {
    if (name && CONFIG_YAML_NAME.test(name))
        return 'config-yaml';
    if (name && isFlinkConfName(name))
        return 'flink-conf';
    const yamlOnly = text.split(/\r?\n/).some((line) => {
        const code = line.replace(/#.*/, '');
        if (!code.trim())
            return false;
        return (/^\s+\S/.test(code) || /^\s*-\s/.test(code) || /:\s*["'[{]/.test(code) || /^[^:\s]+:$/.test(code.trim()));
    });
    return yamlOnly ? 'config-yaml' : 'flink-conf';
}
/**
 * Whether a YAML document is a Flink `config.yaml` (standard YAML, 1.19+): its keys are Flink's,
 * at least one sizes or names a process, and nothing is shaped like another tool's config
 * (Flink options never hold lists of mappings).
 */
function isFlinkConfigYaml(document, path) {
    const { doc, root } = document;
    if (!root || !(0,dist/* isMap */.jh)(root) || hasListOfMaps(document, root, 0))
        return false;
    const keys = mapItems(doc, root).map((i) => i.key);
    if (keys.length === 0)
        return false;
    const flat = flattenKeys(document, root, '', 0);
    // A `config.yaml` that sets Flink's own memory options is Flink's, whatever else it holds.
    if (CONFIG_YAML_NAME.test(path) && flat.some(flink/* isMemoryKey */.nt))
        return true;
    const known = keys.filter((k) => (0,flink/* isOptionNamespace */.fA)(k.split('.')[0])).length;
    if (known * 3 < keys.length * 2)
        return false;
    const processKeys = flat.filter((k) => /^(taskmanager|jobmanager)\./.test(k));
    if (processKeys.length === 0)
        return false;
    return CONFIG_YAML_NAME.test(path) || flat.some(flink/* isMemoryKey */.nt);
}
function hasListOfMaps(document, node, depth) {
    const value = resolve(document.doc, node);
    if (!value || depth > 64)
        return false;
    if ((0,dist/* isSeq */.oP)(value))
        return value.items.some((item) => (0,dist/* isMap */.jh)(resolve(document.doc, item)));
    if ((0,dist/* isMap */.jh)(value))
        return mapItems(document.doc, value).some((i) => hasListOfMaps(document, i.value, depth + 1));
    return false;
}
function flattenKeys(document, node, prefix, depth) {
    if (depth > 64)
        return [];
    return mapItems(document.doc, node).flatMap((i) => {
        const value = resolve(document.doc, i.value);
        return value && (0,dist/* isMap */.jh)(value)
            ? flattenKeys(document, value, `${prefix}${i.key}.`, depth + 1)
            : [`${prefix}${i.key}`];
    });
}
/** A file that is one Flink configuration, read by the reader Flink uses for its format. */
function loadWholeFile(path, text, kind, parsed) {
    const read = kind === 'config-yaml' ? readConfigYaml(text, path, identityMap, parsed) : readFlinkConf(text, path);
    return buildConfig({
        part: '0',
        kind,
        location: { file: path, line: 1, column: 1 },
        deployment: 'standalone',
        entries: read.entries,
        processes: ['jobmanager', 'taskmanager'],
        problems: read.problems,
        version: { format: kind },
    });
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-template.ts

/** A chart's template: a YAML file or helpers (`_helpers.tpl`) under a `templates/` folder. */
function isHelmTemplatePath(path) {
    const parts = path.split('/');
    const name = parts[parts.length - 1];
    return parts.slice(0, -1).includes('templates') && (/\.ya?ml$/i.test(name) || isHelmHelpersName(name));
}
/** A chart's helpers file (`_helpers.tpl`): template text, no YAML; never a config of its own. */
function isHelmHelpersName(path) {
    return /\.tpl$/i.test(path) && !/\.ya?ml\.tpl$/i.test(path);
}
/** Block scalars whose text the loaders read as Flink lines (`flink-conf.yaml`) or as YAML (`config.yaml`). */
const YAML_TEXT_KEYS = new Set(['config.yaml']);
/** The lines of a template scanned at most; a larger template is followed no further. */
const MAX_LINES = 20_000;
/** Actions open at once at most (`if` in `with` in `range` \u2026): a template nested deeper is followed no further. */
const MAX_SCOPES = 64;
/**
 * Where a chart's template places `.Values` into a Flink config or a container's memory, read
 * from its text in one pass over the lines: no Helm, no template is executed. The scan keeps the
 * YAML keys above each line (by indentation), the block scalar it is in, and the `with` / `range`
 * / `define` it is inside; it follows `{{ .Values.a.b }}`, `| quote`, `default "2g" .Values.x`,
 * `toYaml .Values.x | nindent 4` and `{{ . }}` inside `{{ with .Values.x }}`. What it does not
 * understand (`include`, `tpl`, `index`, variables, parentheses) is left out, never guessed.
 * Helm's template functions: helm.sh/helm `pkg/engine/funcs.go` (toYaml) and Sprig (default, quote).
 */
function readHelmTemplate(path, text) {
    if (!isHelmTemplatePath(path) || !text.includes('{{'))
        return undefined;
    if (!text.includes('.Values') && !text.includes('include') && !text.includes('template'))
        return undefined;
    const placements = [];
    const defines = [];
    // The `define` whose lines are being read, and how many scopes were open outside it.
    let collecting;
    let document = 0;
    let content = false;
    let keys = [];
    let block;
    // Open `if` / `with` / `range` / `define` actions; a `with` of a values path gives `.` that path.
    const scopes = [];
    const lines = text.split('\n').slice(0, MAX_LINES);
    for (const [index, full] of lines.entries()) {
        if (scopes.length > MAX_SCOPES)
            break;
        const line = full.endsWith('\r') ? full.slice(0, -1) : full;
        const lineNo = index + 1;
        const actions = actionsOf(line);
        const literal = literalText(line, actions);
        if (actions.length > 0 && literal.trim() === '') {
            // A line of template actions only: the loaders empty it; it changes no YAML structure.
            for (const action of actions) {
                const word = action.text.split(/\s/, 1)[0];
                if (word === 'end') {
                    scopes.pop();
                    if (collecting && scopes.length <= collecting.depth) {
                        defines.push(collecting.define);
                        collecting = undefined;
                    }
                }
                else if (word === 'define' && !collecting) {
                    const name = defineName(action.text);
                    if (name !== undefined)
                        collecting = { define: { name, lines: [] }, depth: scopes.length };
                    scopes.push({ kind: 'define' });
                }
                else if (word === 'with')
                    scopes.push({ kind: 'with', path: valuesPath(action.text.slice(4).trim(), scopes) });
                else if (word === 'if') {
                    const path = valuesPath(action.text.slice(2).trim(), scopes);
                    scopes.push(path ? { kind: 'if', path } : { kind: 'if', unread: true });
                }
                else if (word === 'else') {
                    const open = scopes[scopes.length - 1];
                    // `else if \u2026` is a condition the scan does not weigh.
                    if (open?.kind === 'if')
                        scopes[scopes.length - 1] =
                            action.text === 'else' ? { ...open, negate: !open.negate } : { kind: 'if', unread: true };
                }
                else if (['range', 'define', 'block'].includes(word))
                    scopes.push({ kind: word });
                else if ((word === 'include' || word === 'template') && !collecting) {
                    const name = includedName(action.text);
                    const at = block ?? keys[keys.length - 1];
                    if (name === undefined || !at)
                        continue;
                    placements.push({
                        line: lineNo,
                        document,
                        path: [],
                        placeholder: templatePlaceholder(action.raw),
                        whole: true,
                        context: block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml',
                        ...(block ? { blockKey: block.key } : {}),
                        target: { kind: 'include', name },
                    });
                }
                else {
                    const expression = parseExpression(action.text, scopes);
                    if (!expression?.yaml)
                        continue;
                    const at = block ?? keys[keys.length - 1];
                    if (!at)
                        continue;
                    placements.push({
                        line: lineNo,
                        document,
                        ...helm_template_valueOf(expression),
                        placeholder: templatePlaceholder(action.raw),
                        whole: true,
                        context: block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml',
                        ...(block ? { blockKey: block.key } : {}),
                        target: { kind: 'map', under: at.key },
                    });
                }
            }
            continue;
        }
        if (collecting) {
            defineLine(line, actions, lineNo, scopes, collecting.define);
            continue;
        }
        const indent = line.length - line.trimStart().length;
        if (block && (line.trim() === '' || indent > block.indent)) {
            // A line of a block scalar's text: a Flink line whose value an expression gives.
            const colon = line.indexOf(':');
            if (colon > 0)
                addValues(line, colon, actions, lineNo, document, scopes, block, placements);
            continue;
        }
        block = undefined;
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (line.startsWith('---')) {
            if (content)
                document++;
            content = false;
            keys = [];
            continue;
        }
        content = true;
        // `- key: value`: the key sits after the dashes.
        let start = indent;
        while (line.startsWith('- ', start) || line.slice(start) === '-')
            start += 2;
        while (line[start] === ' ')
            start++;
        const colon = keyEnd(line, start);
        if (colon < 0)
            continue;
        const key = unquote(line.slice(start, colon).trim());
        while (keys.length > 0 && keys[keys.length - 1].indent >= start)
            keys.pop();
        keys.push({ indent: start, key });
        const value = line.slice(colon + 1).trim();
        if (/^[|>]/.test(value)) {
            block = { indent: start, key };
            continue;
        }
        if (actions.length > 0)
            addValues(line, colon, actions, lineNo, document, scopes, undefined, placements, keys);
    }
    if (placements.length === 0 && defines.length === 0)
        return undefined;
    return defines.length > 0 ? { placements, defines } : { placements };
}
/** A `key: value` line of a `define`: its literal value, or the expression that gives it. */
function defineLine(line, actions, lineNo, scopes, define) {
    const colon = line.indexOf(': ');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    if (key === '' || key.includes('{{') || key.startsWith('#') || key.startsWith('-'))
        return;
    // The `if`s the line is under: each of a values path, else the line is left out (not guessed).
    const ifs = scopes.filter((s) => s.kind === 'if');
    if (ifs.some((s) => s.unread === true || !s.path))
        return;
    const guards = ifs.map((s) => ({ path: s.path ?? [], ...(s.negate ? { negate: true } : {}) }));
    const guarded = guards.length > 0 ? { guards } : {};
    if (actions.length === 0) {
        // Flink's line reader cuts a line at its first `#`.
        const literal = line
            .slice(colon + 2)
            .split('#', 1)[0]
            .trim();
        define.lines.push({ line: lineNo, key, literal, ...guarded });
        return;
    }
    const found = [];
    addValues(line, colon, actions, lineNo, -1, scopes, { indent: -1, key: 'define' }, found);
    if (found.length === 1 && found[0].target.kind === 'value' && found[0].whole)
        define.lines.push({ line: lineNo, key, value: found[0], ...guarded });
}
/** `define "name"`: the name. */
function defineName(text) {
    const all = words(text);
    return all?.length === 2 && all[1].startsWith('"') ? all[1].slice(1, -1) : undefined;
}
/** `include "name" .` / `template "name" .` (the root as its context), piped through `nindent` / `indent` / `trim` only. */
function includedName(text) {
    const all = words(text);
    if (!all)
        return undefined;
    const [head, ...rest] = all.join(' ').split(' | ');
    const call = head.split(' ');
    if (call.length !== 3 || !call[1].startsWith('"') || (call[2] !== '.' && call[2] !== '$'))
        return undefined;
    const piped = rest.every((c) => /^(?:n?indent \d+|trim)$/.test(c));
    return piped ? call[1].slice(1, -1) : undefined;
}
/** The placements of the expressions in the value of a `key: value` line. */
function addValues(line, colon, actions, lineNo, document, scopes, block, out, keys = []) {
    const values = actions.filter((a) => a.start > colon);
    // One expression and nothing else of the template: an `if` inside a value is not followed.
    if (values.length !== 1)
        return;
    const [action] = values;
    const expression = parseExpression(action.text, scopes);
    if (!expression)
        return;
    const before = line.slice(colon + 1, action.start).trim();
    const after = line.slice(action.end).trim();
    const quoted = (before === '"' && after === '"') || (before === "'" && after === "'");
    const path = keys.map((k) => k.key);
    const tail = path.slice(-3).join('.');
    const target = expression.yaml
        ? { kind: 'map', under: block?.key ?? keys[keys.length - 1]?.key ?? '' }
        : !block && tail === 'resources.limits.memory'
            ? { kind: 'container-memory', which: 'limit' }
            : !block && tail === 'resources.requests.memory'
                ? { kind: 'container-memory', which: 'request' }
                : { kind: 'value' };
    const context = block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml';
    out.push({
        line: lineNo,
        document,
        ...helm_template_valueOf(expression),
        placeholder: templatePlaceholder(action.raw),
        // Quotes around the expression are YAML's, where YAML reads the line.
        whole: (before === '' && after === '') || (quoted && context === 'yaml'),
        context,
        ...(block ? { blockKey: block.key } : {}),
        target,
    });
}
function helm_template_valueOf(expression) {
    return {
        path: expression.path,
        ...(expression.fallback !== undefined ? { fallback: expression.fallback } : {}),
        ...(expression.quote ? { quote: true } : {}),
    };
}
/** The `{{ \u2026 }}` of a line, found with `indexOf` (a line of unclosed braces costs its length once). */
function actionsOf(line) {
    const actions = [];
    for (let open = line.indexOf('{{'); open >= 0;) {
        const close = line.indexOf('}}', open + 2);
        if (close < 0)
            break;
        const raw = line.slice(open + 2, close);
        let text = raw.trim();
        if (text.startsWith('-'))
            text = text.slice(1).trim();
        if (text.endsWith('-'))
            text = text.slice(0, -1).trim();
        actions.push({ start: open, end: close + 2, raw, text });
        open = line.indexOf('{{', close + 2);
    }
    return actions;
}
function literalText(line, actions) {
    let out = '';
    let done = 0;
    for (const action of actions) {
        out += line.slice(done, action.start);
        done = action.end;
    }
    return out + line.slice(done);
}
/** The `:` that ends a YAML key starting at `start` (followed by a blank or the line's end), or -1. */
function keyEnd(line, start) {
    const quote = line[start] === '"' || line[start] === "'" ? line[start] : undefined;
    let from = start;
    if (quote) {
        const closing = line.indexOf(quote, start + 1);
        if (closing < 0)
            return -1;
        from = closing + 1;
    }
    for (let i = from; i < line.length; i++) {
        if (line[i] === '{' || line[i] === '#')
            return -1;
        if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t'))
            return i;
    }
    return -1;
}
function unquote(text) {
    return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])
        ? text.slice(1, -1)
        : text;
}
/** Words of an action, quoted strings kept whole; undefined where it holds what the scan does not read. */
function words(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t') {
            i++;
        }
        else if (c === '"') {
            const close = text.indexOf('"', i + 1);
            // An escape in a Go string is not read: the literal is left out.
            if (close < 0 || text.slice(i, close).includes('\\'))
                return undefined;
            out.push(text.slice(i, close + 1));
            i = close + 1;
        }
        else if (c === '|') {
            out.push('|');
            i++;
        }
        else if (c === '(' || c === ')' || c === '`' || c === "'") {
            return undefined;
        }
        else {
            let j = i;
            while (j < text.length && !' \t|"()'.includes(text[j]))
                j++;
            out.push(text.slice(i, j));
            i = j;
        }
    }
    return out;
}
/** A `.Values` path (`.Values.a.b`, `$.Values.a.b`, `.` or `.x` inside `with .Values.p`), or undefined. */
function valuesPath(word, scopes) {
    // Inside `with` or `range`, `.` is no longer the root: only `$.Values` is. A `define` is read
    // for the `include "name" .` that give it the root.
    const rebound = scopes.some((s) => s.kind === 'with' || s.kind === 'range' || s.kind === 'block');
    const inner = [...scopes]
        .reverse()
        .find((s) => s.kind === 'with' || s.kind === 'range' || s.kind === 'block');
    let rest;
    let base;
    if (word.startsWith('$.Values.')) {
        rest = word.slice('$.Values.'.length);
        base = [];
    }
    else if (word.startsWith('.Values.') && !rebound) {
        rest = word.slice('.Values.'.length);
        base = [];
    }
    else if (inner?.kind === 'with' && inner.path && (word === '.' || word.startsWith('.'))) {
        rest = word === '.' ? '' : word.slice(1);
        base = inner.path;
    }
    else {
        return undefined;
    }
    const parts = rest === '' ? [] : rest.split('.');
    if (parts.some((p) => !/^[A-Za-z_][\w-]*$/.test(p) || p.length > 200))
        return undefined;
    return [...base, ...parts];
}
/** A Go string or number literal as Helm writes it. */
function literal(word) {
    if (word.length >= 2 && word.startsWith('"') && word.endsWith('"'))
        return word.slice(1, -1);
    return /^-?\d+(?:\.\d+)?$/.test(word) ? word : undefined;
}
/**
 * An action the scan follows: a values path through `quote`, `default`, `toString`, `toYaml`,
 * `nindent` / `indent`, `trim`; anything else is undefined.
 */
function parseExpression(text, scopes) {
    if (text.startsWith('/*'))
        return undefined;
    const all = words(text);
    if (!all || all.length === 0)
        return undefined;
    const commands = [[]];
    for (const w of all) {
        if (w === '|')
            commands.push([]);
        else
            commands[commands.length - 1].push(w);
    }
    let expression;
    for (const [i, command] of commands.entries()) {
        const [name, ...args] = command;
        if (name === undefined)
            return undefined;
        // The value piped in is the command's last argument.
        const piped = i > 0;
        const operand = piped ? undefined : args[args.length - 1];
        if (i === 0 && command.length === 1) {
            const path = valuesPath(name, scopes);
            if (!path)
                return undefined;
            expression = { path };
            continue;
        }
        const from = piped ? expression : operand !== undefined ? pathExpression(operand, scopes) : undefined;
        if (!from)
            return undefined;
        const given = piped ? args : args.slice(0, -1);
        if ((name === 'quote' || name === 'toString' || name === 'trim' || name === 'toYaml') &&
            given.length === 0) {
            expression = {
                ...from,
                ...(name === 'quote' ? { quote: true } : {}),
                ...(name === 'toYaml' ? { yaml: true } : {}),
            };
        }
        else if (name === 'default' && given.length === 1 && literal(given[0]) !== undefined) {
            expression = { ...from, fallback: literal(given[0]) };
        }
        else if ((name === 'nindent' || name === 'indent') &&
            given.length === 1 &&
            /^\d+$/.test(given[0]) &&
            from.yaml) {
            expression = from;
        }
        else {
            return undefined;
        }
    }
    return expression;
}
function pathExpression(word, scopes) {
    const path = valuesPath(word, scopes);
    return path ? { path } : undefined;
}

;// CONCATENATED MODULE: ./src/sources/kubernetes-quantity.ts
/** Kubernetes quantity suffixes: binary powers of 1024, decimal SI powers of 1000. */
const SUFFIXES = {
    Ki: { base: 2n, exponent: 10 },
    Mi: { base: 2n, exponent: 20 },
    Gi: { base: 2n, exponent: 30 },
    Ti: { base: 2n, exponent: 40 },
    Pi: { base: 2n, exponent: 50 },
    Ei: { base: 2n, exponent: 60 },
    n: { base: 10n, exponent: -9 },
    u: { base: 10n, exponent: -6 },
    m: { base: 10n, exponent: -3 },
    '': { base: 10n, exponent: 0 },
    k: { base: 10n, exponent: 3 },
    M: { base: 10n, exponent: 6 },
    G: { base: 10n, exponent: 9 },
    T: { base: 10n, exponent: 12 },
    P: { base: 10n, exponent: 15 },
    E: { base: 10n, exponent: 18 },
};
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))((?:[KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;
/** fabric8 computes suffix multipliers with `BigDecimal.pow(n, MathContext.DECIMAL64)`: 16 digits. */
const DECIMAL64_DIGITS = 16;
function parseDecimal(text) {
    const [whole, fraction = ''] = text.replace(/^\+/, '').split('.');
    return {
        unscaled: BigInt(`${whole === '' || whole === '-' ? `${whole}0` : whole}${fraction}`),
        scale: fraction.length,
    };
}
function roundToDigits(d, digits) {
    const negative = d.unscaled < 0n;
    let unscaled = negative ? -d.unscaled : d.unscaled;
    let scale = d.scale;
    const excess = unscaled.toString().length - digits;
    if (excess > 0) {
        const divisor = 10n ** BigInt(excess);
        const quotient = unscaled / divisor;
        const remainder = unscaled % divisor;
        const twice = remainder * 2n;
        const up = twice > divisor || (twice === divisor && quotient % 2n === 1n);
        unscaled = quotient + (up ? 1n : 0n);
        scale -= excess;
    }
    return { unscaled: negative ? -unscaled : unscaled, scale };
}
function multiplier(base, exponent) {
    if (exponent === 0)
        return { unscaled: 1n, scale: 0 };
    if (exponent < 0)
        return { unscaled: 1n, scale: -exponent };
    return roundToDigits({ unscaled: base ** BigInt(exponent), scale: 0 }, DECIMAL64_DIGITS);
}
/** `BigDecimal.toString()`: plain digits, or scientific notation when the exponent is out of range. */
function decimalToString(d) {
    const negative = d.unscaled < 0n;
    const digits = (negative ? -d.unscaled : d.unscaled).toString();
    const sign = negative ? '-' : '';
    const adjusted = digits.length - 1 - d.scale;
    if (d.scale >= 0 && adjusted >= -6) {
        if (d.scale === 0)
            return sign + digits;
        const padded = digits.padStart(d.scale + 1, '0');
        return `${sign}${padded.slice(0, padded.length - d.scale)}.${padded.slice(padded.length - d.scale)}`;
    }
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}
function parseQuantity(text) {
    const match = QUANTITY.exec(text);
    if (!match)
        return undefined;
    const amount = parseDecimal(match[1]);
    const suffix = match[2] ?? '';
    const factor = /^[eE][+-]?\d+$/.test(suffix)
        ? multiplier(10n, Number(suffix.slice(1)))
        : multiplier(SUFFIXES[suffix].base, SUFFIXES[suffix].exponent);
    return { unscaled: amount.unscaled * factor.unscaled, scale: amount.scale + factor.scale };
}
/**
 * The text the Kubernetes operator stores for a quantity it could not read as a Flink memory size
 * (spec \u00a79.3 step 2): whitespace removed, upper-cased, a trailing `B` dropped, `I` \u2192 `i`, then the
 * fabric8 `Quantity` amount as `BigDecimal.toString()`. Undefined when it is no quantity at all.
 */
function operatorQuantityText(memory) {
    let s = memory.trim().replace(/\s+/g, '').toUpperCase();
    if (s.endsWith('B'))
        s = s.slice(0, -1);
    if (s.endsWith('I'))
        s = `${s.slice(0, -1)}i`;
    // Upper-casing turned the lower-case suffixes (k, m, n, u) into others; fabric8 sees the same.
    const amount = parseQuantity(s);
    return amount && decimalToString(amount);
}
/** A Kubernetes memory quantity (`4Gi`, `1500M`, `2048Mi`) in bytes, rounded up; undefined if invalid. */
function quantityBytes(text) {
    const amount = parseQuantity(text.trim());
    if (!amount || amount.unscaled < 0n)
        return undefined;
    if (amount.scale <= 0)
        return amount.unscaled * 10n ** BigInt(-amount.scale);
    const divisor = 10n ** BigInt(amount.scale);
    return (amount.unscaled + divisor - 1n) / divisor;
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-properties.ts


const FLINK_PROPERTIES = 'FLINK_PROPERTIES';
/**
 * A `FLINK_PROPERTIES` value: the Flink image's entrypoint appends it, line by line, to the image's
 * configuration file, so it is read as `flink-conf.yaml` lines that win over the file.
 */
function readFlinkProperties(yaml, node) {
    const result = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
    return {
        entries: result.entries.map((entry) => ({ ...entry, origin: 'environment' })),
        problems: result.problems,
    };
}

;// CONCATENATED MODULE: ./src/sources/formats/kubernetes-facts.ts



/** Where each workload kind keeps its pod spec (CronJob: its `jobTemplate`). */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Kubernetes puts a resource without `metadata.namespace` in the namespace it is applied to: `default` unless told. */
const DEFAULT_NAMESPACE = 'default';
function namespaceOf(document) {
    const { doc, root } = document;
    const text = scalarText(doc, getPath(doc, root, 'metadata', 'namespace'));
    return text && !text.unresolved && text.text !== '' ? text.text : DEFAULT_NAMESPACE;
}
const kubernetes_facts_text = (document, node, ...path) => {
    const scalar = scalarText(document.doc, getPath(document.doc, node, ...path));
    return scalar && !scalar.unresolved ? scalar.text : undefined;
};
/**
 * The arguments of Flink's image entrypoint that start one process (flink-docker
 * `docker-entrypoint.sh`: `jobmanager`, `standalone-job` run the JobManager, `taskmanager` a
 * TaskManager), and the scripts behind them (`bin/jobmanager.sh start-foreground`).
 */
const ROLE_WORDS = [
    [/^(?:.*\/)?(?:jobmanager|standalone-job)(?:\.sh)?$/, 'jobmanager'],
    [/^(?:.*\/)?taskmanager(?:\.sh)?$/, 'taskmanager'],
];
/** Which process a container runs, and why: its arguments first, then its own name, then its workload's. */
function containerRole(args, names) {
    for (const arg of args)
        for (const word of arg.split(/\s+/))
            for (const [pattern, role] of ROLE_WORDS)
                if (pattern.test(word))
                    return { role, why: `from args ${word}` };
    for (const { what, name } of names) {
        const lower = (name ?? '').toLowerCase();
        const jm = /job-?manager/.test(lower);
        const tm = /task-?manager/.test(lower);
        if (jm !== tm)
            return { role: jm ? 'jobmanager' : 'taskmanager', why: `from the ${what} ${name}` };
    }
    return { role: 'both', why: 'not named by its args or names: both processes assumed' };
}
function quantity(yaml, document, container, kind) {
    const item = getItem(document.doc, getPath(document.doc, container, 'resources', kind), 'memory');
    const scalar = item && scalarText(document.doc, item.value);
    const bytes = scalar && !scalar.unresolved ? quantityBytes(scalar.text) : undefined;
    if (!item || !scalar || bytes === undefined)
        return undefined;
    const at = locationOf(yaml, item.value);
    const q = {
        bytes,
        text: scalar.text,
        evidence: { file: at.file, line: at.line, text: `resources.${kind}.memory` },
        column: at.column,
    };
    return q;
}
/** The containers of one workload document and the ConfigMaps each reads: mounted, or in its environment. */
function workloadContainerFacts(yaml, document) {
    const { doc, root } = document;
    const kind = kubernetes_facts_text(document, root ?? null, 'kind') ?? '';
    const path = POD_SPEC_PATHS[kind];
    if (!path || !root)
        return [];
    const workload = kubernetes_facts_text(document, root, 'metadata', 'name');
    const namespace = namespaceOf(document);
    const podSpec = getPath(doc, root, ...path);
    const replicas = kubernetes_facts_text(document, root, 'spec', 'replicas');
    // Volume name \u2192 the ConfigMap (and the keys it projects, where `items` lists them).
    const volumes = new Map();
    for (const volume of seqItems(doc, getPath(doc, podSpec, 'volumes'))) {
        const volumeName = kubernetes_facts_text(document, volume, 'name');
        if (volumeName === undefined)
            continue;
        const sources = [
            getPath(doc, volume, 'configMap'),
            ...seqItems(doc, getPath(doc, volume, 'projected', 'sources')).map((s) => getPath(doc, s, 'configMap')),
        ];
        const maps = sources.flatMap((source) => {
            const name = kubernetes_facts_text(document, source, 'name');
            if (name === undefined)
                return [];
            const items = seqItems(doc, getPath(doc, source, 'items'));
            const keys = items.map((i) => kubernetes_facts_text(document, i, 'key')).filter((k) => k !== undefined);
            return [items.length > 0 ? { name, keys } : { name }];
        });
        if (maps.length > 0)
            volumes.set(volumeName, maps);
    }
    const containers = [
        ...seqItems(doc, getPath(doc, podSpec, 'containers')),
        // An init container runs no Flink process: it is not linked.
    ];
    return containers.map((container) => {
        const name = kubernetes_facts_text(document, container, 'name');
        const mounts = seqItems(doc, getPath(doc, container, 'volumeMounts')).flatMap((mount) => volumes.get(kubernetes_facts_text(document, mount, 'name') ?? '') ?? []);
        const envFrom = [
            ...seqItems(doc, getPath(doc, container, 'envFrom')).flatMap((from) => {
                const map = kubernetes_facts_text(document, from, 'configMapRef', 'name');
                return map === undefined ? [] : [{ name: map, key: FLINK_PROPERTIES }];
            }),
            ...seqItems(doc, getPath(doc, container, 'env')).flatMap((variable) => {
                if (kubernetes_facts_text(document, variable, 'name') !== FLINK_PROPERTIES)
                    return [];
                const map = kubernetes_facts_text(document, variable, 'valueFrom', 'configMapKeyRef', 'name');
                const key = kubernetes_facts_text(document, variable, 'valueFrom', 'configMapKeyRef', 'key');
                return map === undefined || key === undefined ? [] : [{ name: map, key }];
            }),
        ];
        const words = (field) => seqItems(doc, getPath(doc, container, field)).map((n) => kubernetes_facts_text(document, n) ?? '');
        const { role, why } = containerRole([...words('command'), ...words('args')], [
            { what: 'container name', name },
            { what: `${kind} name`, name: workload },
        ]);
        const at = locationOf(yaml, container);
        const linked = {
            kind,
            name: [workload, 'container', name].filter((w) => w !== undefined).join(' '),
            at: { file: at.file, line: at.line, text: `container ${name ?? ''}`.trim() },
            role,
            roleReason: why,
        };
        const limit = quantity(yaml, document, container, 'limits');
        const request = quantity(yaml, document, container, 'requests');
        if (limit)
            linked.limit = limit;
        if (request)
            linked.request = request;
        const imageNode = getPath(doc, container, 'image');
        const image = kubernetes_facts_text(document, imageNode);
        if (image) {
            const where = locationOf(yaml, imageNode);
            linked.image = image;
            linked.imageEvidence = { file: where.file, line: where.line, text: `image: ${image}` };
        }
        if (replicas && /^\d+$/.test(replicas))
            linked.replicas = Number(replicas);
        return { namespace, mounts, envFrom, container: linked };
    });
}

;// CONCATENATED MODULE: ./src/sources/formats/kubernetes-workload.ts





function isWorkload(kind) {
    return kind in POD_SPEC_PATHS;
}
/** The containers of a Deployment, StatefulSet, Pod, Job...: process, limit, mounted ConfigMaps. */
function workloadContainers(yaml, document) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    const path = POD_SPEC_PATHS[kind];
    if (!path)
        return [];
    const workload = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? kind;
    const podSpec = getPath(doc, root, ...path);
    const replicasText = scalarText(doc, getPath(doc, root, 'spec', 'replicas'))?.text;
    const configMaps = seqItems(doc, getPath(doc, podSpec, 'volumes'))
        .map((volume) => scalarText(doc, getPath(doc, volume, 'configMap', 'name'))?.text)
        .filter((name) => name !== undefined);
    return seqItems(doc, getPath(doc, podSpec, 'containers')).map((container) => {
        const name = scalarText(doc, getPath(doc, container, 'name'))?.text;
        const words = [
            workload,
            name ?? '',
            ...seqItems(doc, getPath(doc, container, 'args')).map((n) => scalarText(doc, n)?.text ?? ''),
            ...seqItems(doc, getPath(doc, container, 'command')).map((n) => scalarText(doc, n)?.text ?? ''),
            ...seqItems(doc, getPath(doc, container, 'env'))
                .filter((e) => /^(ROLE|COMPONENT|FLINK_ROLE)$/.test(scalarText(doc, getPath(doc, e, 'name'))?.text ?? ''))
                .map((e) => scalarText(doc, getPath(doc, e, 'value'))?.text ?? ''),
        ];
        const limitItem = getItem(doc, getPath(doc, container, 'resources', 'limits'), 'memory');
        const limitText = limitItem && scalarText(doc, limitItem.value);
        const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
        const requestText = scalarText(doc, getPath(doc, container, 'resources', 'requests', 'memory'));
        const requestBytes = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
        return {
            workload,
            kind,
            container,
            name,
            image: scalarText(doc, getPath(doc, container, 'image'))?.text,
            process: processOf(words),
            limit: limitText && bytes !== undefined
                ? {
                    bytes,
                    text: limitText.text,
                    source: `${kind} ${workload} container ${name ?? ''} resources.limits.memory`.replace('  ', ' '),
                    location: locationOf(yaml, limitItem.value),
                    ...(requestBytes !== undefined ? { requestBytes } : {}),
                }
                : undefined,
            replicas: replicasText && /^\d+$/.test(replicasText) ? Number(replicasText) : undefined,
            configMaps,
        };
    });
}
/** Which Flink process a container runs, from words such as `taskmanager`, `standalone-job`, `worker`. */
function processOf(words) {
    const text = words.join(' ').toLowerCase();
    if (/task-?manager|\bworker\b/.test(text))
        return 'taskmanager';
    if (/job-?manager|standalone-job|\bmaster\b/.test(text))
        return 'jobmanager';
    return undefined;
}
/** A container's `env` names `FLINK_PROPERTIES`. */
const WORKLOAD_MARKERS = { text: [FLINK_PROPERTIES] };
/** One config per container that sets `FLINK_PROPERTIES` in its environment. */
function loadWorkload(document, { yaml }) {
    const { doc } = document;
    const configs = [];
    for (const c of workloadContainers(yaml, document)) {
        const variable = seqItems(doc, getPath(doc, c.container, 'env')).find((e) => scalarText(doc, getPath(doc, e, 'name'))?.text === FLINK_PROPERTIES);
        const value = variable && getPath(doc, variable, 'value');
        if (!variable || !isStringScalar(doc, value))
            continue;
        const problems = [];
        const read = readFlinkProperties(yaml, value);
        problems.push(...read.problems);
        const env = {};
        for (const e of seqItems(doc, getPath(doc, c.container, 'env'))) {
            const name = scalarText(doc, getPath(doc, e, 'name'))?.text;
            const text = scalarText(doc, getPath(doc, e, 'value'))?.text;
            if (name && text !== undefined && name !== FLINK_PROPERTIES)
                env[name] = text;
        }
        const processes = c.process ? [c.process] : ['jobmanager', 'taskmanager'];
        configs.push(buildConfig({
            part: `${document.index}/${c.name ?? configs.length}`,
            kind: 'kubernetes-workload',
            location: locationOf(yaml, c.container),
            name: `${c.workload}/${c.name ?? ''}`,
            // The image's entrypoint starts the process with Flink's standalone scripts.
            deployment: 'standalone',
            entries: read.entries,
            appendsToImageConf: locationOf(yaml, variable),
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, c.limit]))),
            replicas: c.replicas !== undefined && c.process ? { [c.process]: c.replicas } : undefined,
            image: c.image,
            env,
            problems,
            version: { images: c.image ? [c.image] : [], format: 'none' },
        }));
    }
    return configs;
}
function metadataAnnotations(document) {
    const { doc, root } = document;
    const annotations = {};
    for (const item of mapItems(doc, getPath(doc, root, 'metadata', 'annotations'))) {
        const value = scalarText(doc, item.value);
        if (value)
            annotations[item.key] = value.text;
    }
    return annotations;
}

;// CONCATENATED MODULE: ./src/sources/formats/configmap.ts







/** ConfigMap keys that hold a Flink configuration, and how Flink reads each. */
const EMBEDDED_FORMATS = {
    'flink-conf.yaml': 'flink-conf',
    'config.yaml': 'config-yaml',
    [FLINK_PROPERTIES]: 'properties',
};
/** It has one of the keys above under `data`. */
const CONFIGMAP_MARKERS = { text: Object.keys(EMBEDDED_FORMATS) };
function isFlinkConfigMap(document) {
    const { doc, root } = document;
    return mapItems(doc, getPath(doc, root, 'data')).some((item) => item.key in EMBEDDED_FORMATS);
}
/**
 * A ConfigMap embedding `flink-conf.yaml`, `config.yaml` or `FLINK_PROPERTIES` text, one config per
 * key. The link stage gives it the containers that mount it, in this file or elsewhere.
 */
function loadConfigMap(document, file) {
    const { yaml } = file;
    const { doc, root } = document;
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
    const namespace = namespaceOf(document);
    const configs = [];
    for (const item of mapItems(doc, getPath(doc, root, 'data'))) {
        const format = EMBEDDED_FORMATS[item.key];
        if (!format || !isStringScalar(doc, item.value))
            continue;
        const node = item.value;
        const problems = [];
        const text = String(node.value);
        const map = embeddedPositionMap(yaml, node);
        const read = format === 'properties'
            ? readFlinkProperties(yaml, node)
            : format === 'config-yaml'
                ? readConfigYaml(text, yaml.file, map)
                : readFlinkConf(text, yaml.file, map);
        problems.push(...read.problems);
        configs.push(buildConfig({
            part: `${document.index}/${item.key}`,
            kind: 'configmap',
            location: locationOf(yaml, item.keyNode),
            name: name ? `${name}/${item.key}` : item.key,
            // Pods mounting a ConfigMap start Flink with its standalone scripts (the image entrypoint).
            deployment: 'standalone',
            entries: read.entries,
            appendsToImageConf: format === 'properties' ? locationOf(yaml, item.keyNode) : undefined,
            // The containers that mount it say which processes it starts (the link stage); else its name.
            processes: processOf([name ?? '']) ? [processOf([name ?? ''])] : ['jobmanager', 'taskmanager'],
            annotations: metadataAnnotations(document),
            problems,
            version: { images: [], format: format === 'properties' ? 'none' : format },
            kubernetes: name === undefined ? { namespace } : { namespace, configMap: { name, key: item.key } },
        }));
    }
    return configs;
}

;// CONCATENATED MODULE: ./src/sources/formats/docker-compose.ts






/** A compose file: a `services` mapping whose services name an image or a build. */
function isComposeDocument(document) {
    const { doc, root } = document;
    const services = mapItems(doc, getPath(doc, root, 'services'));
    return (services.length > 0 &&
        services.some((s) => getPath(doc, s.value, 'image') !== null || getPath(doc, s.value, 'build') !== null));
}
/** Docker's byte units for `mem_limit` and `deploy.resources.limits.memory`: b, k, m, g (binary). */
const DOCKER_UNITS = {
    '': 1n,
    b: 1n,
    k: 1n << 10n,
    m: 1n << 20n,
    g: 1n << 30n,
    t: 1n << 40n,
};
function dockerBytes(text) {
    const match = /^(\d+)(?:\.(\d+))?\s*([bkmgt]?)b?$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = DOCKER_UNITS[match[3].toLowerCase()];
    const fraction = match[2] ?? '';
    const scaled = BigInt(match[1] + fraction) * unit;
    return scaled / 10n ** BigInt(fraction.length);
}
/** `FLINK_PROPERTIES` from `environment` in map form or list form (`- FLINK_PROPERTIES=...`). */
function flinkProperties(yaml, document, service) {
    const { doc } = document;
    const environment = getPath(doc, service, 'environment');
    const item = getItem(doc, environment, FLINK_PROPERTIES);
    if (item) {
        if (!isStringScalar(doc, item.value))
            return undefined;
        const node = resolve(doc, item.value);
        const read = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
        return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, item.keyNode) };
    }
    const prefix = `${FLINK_PROPERTIES}=`;
    for (const node of seqItems(doc, environment)) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.value.startsWith(prefix))
            continue;
        const base = embeddedPositionMap(yaml, node);
        const read = readFlinkConf(node.value.slice(prefix.length), yaml.file, (line, column) => base(line, line === 1 ? column + prefix.length : column));
        return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, node) };
    }
    return undefined;
}
/**
 * The service's environment variables besides `FLINK_PROPERTIES`, each with the line it is written
 * on, in map form (`JVM_ARGS: -Xmx2g`) or list form (`- JVM_ARGS=-Xmx2g`). A variable without a
 * value (`- JVM_ARGS`) is taken from the host: nothing in the file says what it holds.
 */
function environment(yaml, document, service) {
    const { doc } = document;
    const node = getPath(doc, service, 'environment');
    const found = { values: {}, locations: {} };
    const set = (name, value, at) => {
        if (name === FLINK_PROPERTIES)
            return;
        found.values[name] = value;
        found.locations[name] = locationOf(yaml, at);
    };
    for (const item of mapItems(doc, node)) {
        const text = scalarText(doc, item.value);
        if (text)
            set(item.key, text.text, item.keyNode);
    }
    for (const item of seqItems(doc, node)) {
        const text = scalarText(doc, item)?.text;
        const eq = text?.indexOf('=') ?? -1;
        if (text && eq > 0)
            set(text.slice(0, eq), text.slice(eq + 1), item);
    }
    return found;
}
function asEnvironment(entries) {
    return entries.map((entry) => ({ ...entry, origin: 'environment' }));
}
function memoryLimit(yaml, document, service) {
    const { doc } = document;
    for (const path of [['deploy', 'resources', 'limits', 'memory'], ['mem_limit']]) {
        const node = getPath(doc, service, ...path);
        const text = scalarText(doc, node);
        const bytes = text && !text.unresolved ? dockerBytes(text.text) : undefined;
        if (text && bytes !== undefined)
            return { bytes, text: text.text, source: path.join('.'), location: locationOf(yaml, node) };
    }
    return undefined;
}
function docker_compose_words(document, node) {
    const { doc } = document;
    const single = scalarText(doc, node);
    if (single)
        return [single.text];
    return seqItems(doc, node).map((n) => scalarText(doc, n)?.text ?? '');
}
/** A service's `environment` names `FLINK_PROPERTIES` (map or list form). */
const COMPOSE_MARKERS = { text: [FLINK_PROPERTIES] };
/** One config per service whose environment sets `FLINK_PROPERTIES`. */
function loadCompose(document, { yaml }) {
    const { doc, root } = document;
    const configs = [];
    const services = mapItems(doc, getPath(doc, root, 'services'));
    const images = services
        .map((s) => scalarText(doc, getPath(doc, s.value, 'image')))
        .filter((i) => i && !i.unresolved)
        .map((i) => i.text);
    for (const service of services) {
        const properties = flinkProperties(yaml, document, service.value);
        if (!properties)
            continue;
        const command = docker_compose_words(document, getPath(doc, service.value, 'command'));
        const process = processOf(command.length > 0 ? command : [service.key]);
        // A service that runs no Flink process (a SQL client, a job submitter) sizes nothing.
        const processes = process ? [process] : [];
        const image = scalarText(doc, getPath(doc, service.value, 'image'));
        const limit = memoryLimit(yaml, document, service.value);
        const replicasText = scalarText(doc, getPath(doc, service.value, 'deploy', 'replicas'))?.text ??
            scalarText(doc, getPath(doc, service.value, 'scale'))?.text;
        const env = environment(yaml, document, service.value);
        configs.push(buildConfig({
            part: `${document.index}/${service.key}`,
            kind: 'docker-compose',
            location: locationOf(yaml, service.keyNode),
            name: service.key,
            deployment: 'standalone',
            entries: properties.entries,
            appendsToImageConf: properties.location,
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, limit]))),
            replicas: process && replicasText && /^\d+$/.test(replicasText)
                ? { [process]: Number(replicasText) }
                : undefined,
            image: image?.text,
            env: env.values,
            envLocations: env.locations,
            problems: properties.problems,
            version: {
                images: [...(image && !image.unresolved ? [image.text] : []), ...images],
                format: 'none',
            },
        }));
    }
    return configs;
}

;// CONCATENATED MODULE: ./src/sources/formats/operator-memory.ts


/**
 * The Kubernetes operator's `parseResourceMemoryString` (spec \u00a79.3): a Flink memory size where the
 * text is one (`2048m` \u2192 `2 gb`: `m` is MiB), else the Kubernetes quantity's amount in bytes.
 */
function operatorMemory(text, process) {
    try {
        const bytes = (0,flink/* parseMemorySize */.vq)(text);
        return { value: (0,flink/* memorySizeToString */.Vh)(bytes), bytes };
    }
    catch {
        const value = operatorQuantityText(text);
        if (value === undefined) {
            return {
                value: text,
                error: `${process} resource memory parse error: '${text}' is not a valid quantity`,
            };
        }
        try {
            return { value, bytes: (0,flink/* parseMemorySize */.vq)(value) };
        }
        catch (err) {
            return { value, error: `${process} resource memory parse error: ${err.message}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-deployment.ts








const OPERATOR_API_GROUP = 'flink.apache.org/';
/** Its resources name the operator's API group in `apiVersion`. */
const OPERATOR_MARKERS = { text: [OPERATOR_API_GROUP] };
const OPERATOR_KINDS = {
    FlinkDeployment: 'flinkdeployment',
    FlinkSessionJob: 'flinksessionjob',
};
const PROCESS_SPECS = [
    { process: 'jobmanager', field: 'jobManager', label: 'JobManager' },
    { process: 'taskmanager', field: 'taskManager', label: 'TaskManager' },
];
/**
 * The operator's health probes: resources labelled `flink.apache.org/canary: "true"` (any case) start
 * no cluster (flink-kubernetes-operator `health/CanaryResourceManager.java`, `isCanaryResource`).
 */
const CANARY_LABEL = 'flink.apache.org/canary';
function isCanaryResource(document) {
    const { doc, root } = document;
    return (scalarText(doc, getPath(doc, root, 'metadata', 'labels', CANARY_LABEL))?.text.toLowerCase() === 'true');
}
/** Whether a document is one of the Kubernetes operator's resources this tool reads. */
function isOperatorResource(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    return apiVersion.startsWith(OPERATOR_API_GROUP) && kind in OPERATOR_KINDS;
}
/**
 * A `FlinkDeployment` or `FlinkSessionJob` as the operator turns it into a Flink configuration:
 * `spec.flinkConfiguration` flattened to strings, then `resource.memory` / `resources` written over
 * `*.memory.process.size` (spec \u00a79).
 */
function loadFlinkDeployment(document, file) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return loadOperatorSpec(document, file, kind);
}
/** A resource whose `spec` is the operator's FlinkDeployment or FlinkSessionJob spec, read as that kind. */
function loadOperatorSpec(document, { yaml }, kind) {
    const { doc, root } = document;
    const spec = getPath(doc, root, 'spec');
    const problems = [];
    const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
    const container = {};
    const podTemplateLimits = {};
    const replicas = {};
    const isDeployment = kind === 'FlinkDeployment';
    for (const { process, field, label } of isDeployment ? PROCESS_SPECS : []) {
        const processSpec = getPath(doc, spec, field);
        const memory = resourceMemory(yaml, document, processSpec);
        if (memory) {
            const converted = memory.unresolved ? { value: memory.text } : operatorMemory(memory.text, label);
            if (converted.error) {
                problems.push({ code: 'operator-rejected', message: converted.error, location: memory.location });
            }
            const key = `${process}.memory.process.size`;
            const entry = { key, value: converted.value, location: memory.location, origin: 'operator' };
            if (memory.unresolved)
                entry.unresolved = true;
            entries.push(entry);
            const requestBytes = memory.requestBytes ?? converted.bytes;
            if (memory.limit && requestBytes !== undefined && requestBytes > 0n) {
                // Both a request and a limit: the operator sets the limit factor to limit / request.
                const factor = Number(memory.limit.bytes) / Number(requestBytes);
                entries.push({
                    key: `kubernetes.${process}.memory.limit-factor`,
                    value: (0,flink/* javaDoubleToString */.kx)(factor),
                    location: memory.limit.location ?? memory.location,
                    origin: 'operator',
                });
            }
            else if (converted.bytes !== undefined) {
                container[process] = podLimit(converted.bytes, entries, process, memory);
            }
        }
        const template = podTemplateLimit(yaml, document, processSpec, `spec.${field}.podTemplate`) ??
            podTemplateLimit(yaml, document, spec, 'spec.podTemplate');
        if (template)
            podTemplateLimits[process] = template;
        // Without the operator's memory the template's limit stands in, for pod-template-memory-ignored.
        const limit = memory?.limit ?? template;
        if (limit && !container[process])
            container[process] = limit;
        const count = scalarText(doc, getPath(doc, processSpec, 'replicas'));
        if (count && /^\d+$/.test(count.text))
            replicas[process] = Number(count.text);
    }
    const specVersion = scalarText(doc, getPath(doc, spec, 'flinkVersion'));
    if (specVersion && !/^v\d+_\d+$/.test(specVersion.text)) {
        problems.push({
            code: 'other',
            message: `spec.flinkVersion '${specVersion.text}' is not a version the operator accepts (written like v1_20)`,
            location: locationOf(yaml, getPath(doc, spec, 'flinkVersion')),
        });
    }
    const image = scalarText(doc, getPath(doc, spec, 'image'))?.text;
    const annotations = metadataAnnotations(document);
    const job = jobSpec(yaml, document, getItem(doc, spec, 'job'));
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
    const kubernetes = { namespace: namespaceOf(document) };
    if (isDeployment && name !== undefined)
        kubernetes.flinkDeployment = name;
    const deploymentName = getPath(doc, spec, 'deploymentName');
    const target = scalarText(doc, deploymentName);
    if (!isDeployment && target && !target.unresolved)
        kubernetes.sessionJobOf = { name: target.text, location: locationOf(yaml, deploymentName) };
    return [
        buildConfig({
            part: String(document.index),
            kind: OPERATOR_KINDS[kind],
            location: locationOf(yaml, root),
            name,
            deployment: 'kubernetes',
            entries,
            processes: isDeployment ? ['jobmanager', 'taskmanager'] : [],
            container: containerLimits(container),
            podTemplateLimits: containerLimits(podTemplateLimits),
            replicas,
            // The operator deploys an application cluster for `spec.job`, a session cluster without it
            // (FlinkConfigBuilder.applyJobOrSessionSpec).
            clusterMode: isDeployment ? (job ? 'application' : 'session') : undefined,
            job,
            image,
            annotations,
            problems,
            version: { specVersion: specVersion?.text, images: image ? [image] : [], format: 'none' },
            kubernetes,
        }),
    ];
}
/** `spec.job` as written: what the operator hands Flink about the job (parallelism, program arguments). */
function jobSpec(yaml, document, item) {
    const { doc } = document;
    const node = item?.value;
    if (!item || !node || !(0,dist/* isMap */.jh)(node))
        return undefined;
    const text = (field) => {
        const scalar = scalarText(doc, getPath(doc, node, field));
        return scalar && !scalar.unresolved ? scalar.text : undefined;
    };
    const parallelism = text('parallelism');
    const job = {
        location: locationOf(yaml, item.keyNode),
        args: seqItems(doc, getPath(doc, node, 'args')).map((item) => scalarText(doc, item)?.text ?? ''),
    };
    if (parallelism && /^\d+$/.test(parallelism))
        job.parallelism = Number(parallelism);
    for (const field of ['entryClass', 'jarURI', 'upgradeMode']) {
        const value = text(field);
        if (value !== undefined)
            job[field] = value;
    }
    return job;
}
/**
 * `spec.flinkConfiguration`, flat or nested, flattened as the operator does (1.13+): nested keys
 * joined with `.`, arrays joined with `;`, every scalar as its text.
 */
function flinkConfiguration(yaml, document, node, problems) {
    const { doc } = document;
    const entries = [];
    const visit = (map, prefix) => {
        for (const item of mapItems(doc, map)) {
            const key = prefix + item.key;
            const location = locationOf(yaml, item.keyNode);
            const value = resolve(doc, item.value);
            const template = scalarText(doc, value);
            if (value && (0,dist/* isMap */.jh)(value) && !template) {
                visit(value, `${key}.`);
                continue;
            }
            const entry = { key, value: operatorText(yaml, document, value), location, origin: 'file' };
            if (template?.unresolved) {
                entry.unresolved = true;
                problems.push({
                    code: 'unresolved-template',
                    message: `'${key}' is a template placeholder: ${template.text}`,
                    location,
                });
            }
            entries.push(entry);
        }
    };
    visit(node, '');
    return entries;
}
/** Jackson's `asText()` of a value, the way the operator stores each flattened entry. */
function operatorText(yaml, document, node) {
    const { doc } = document;
    if (!node)
        return 'null';
    if ((0,dist/* isSeq */.oP)(node))
        return seqItems(doc, node)
            .map((item) => operatorText(yaml, document, item))
            .join(';');
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null || value === undefined)
            return 'null';
        if (typeof value === 'number')
            return (0,flink/* javaDoubleToString */.kx)(value);
        return scalarString(value) ?? 'null';
    }
    return scalarText(doc, node)?.text ?? '';
}
/**
 * The pod memory limit Flink's Kubernetes integration sets: the process size in whole MiB times
 * `kubernetes.<process>.memory.limit-factor` (default 1), truncated to MiB.
 */
function podLimit(bytes, entries, process, memory) {
    const factorEntry = [...entries]
        .reverse()
        .find((e) => e.key === `kubernetes.${process}.memory.limit-factor`);
    const factor = factorEntry ? Number(String(factorEntry.value)) : 1;
    const mib = bytes >> 20n;
    const limitMib = Number.isFinite(factor) && factor >= 1 ? BigInt(Math.floor(Number(mib) * factor)) : mib;
    const source = factor !== 1 && factorEntry
        ? `${memory.source} \u00d7 limit-factor ${String(factorEntry.value)}`
        : memory.source;
    return {
        bytes: limitMib << 20n,
        text: memory.text,
        source,
        location: memory.location,
        requestBytes: mib << 20n,
    };
}
/**
 * The memory the operator applies: `resources` (newer, wins when it has a request or a limit; the
 * request, else the limit) or the deprecated `resource.memory`.
 */
function resourceMemory(yaml, document, processSpec) {
    const { doc } = document;
    const field = processSpec ? getItem(doc, processSpec, 'resources') : undefined;
    const request = getItem(doc, getPath(doc, processSpec, 'resources', 'requests'), 'memory');
    const limit = getItem(doc, getPath(doc, processSpec, 'resources', 'limits'), 'memory');
    const chosen = request ?? limit;
    const chosenText = chosen && scalarText(doc, chosen.value);
    if (field && chosen && chosenText) {
        const limitText = limit && scalarText(doc, limit.value);
        const limitBytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
        const which = chosen === request ? 'requests' : 'limits';
        return {
            text: chosenText.text,
            unresolved: chosenText.unresolved,
            source: `resources.${which}.memory`,
            location: locationOf(yaml, chosen.value),
            limit: limitText && limitBytes !== undefined
                ? {
                    bytes: limitBytes,
                    text: limitText.text,
                    source: 'resources.limits.memory',
                    location: locationOf(yaml, limit.value),
                }
                : undefined,
            requestBytes: request && limit && !chosenText.unresolved ? quantityBytes(chosenText.text) : undefined,
        };
    }
    const memory = getItem(doc, getPath(doc, processSpec, 'resource'), 'memory');
    const text = memory && scalarText(doc, memory.value);
    if (!memory || !text)
        return undefined;
    return {
        text: text.text,
        unresolved: text.unresolved,
        source: 'resource.memory',
        location: locationOf(yaml, memory.value),
    };
}
/** The memory limit of the main container (`flink-main-container`) of a pod template. */
function podTemplateLimit(yaml, document, owner, path) {
    const { doc } = document;
    const containers = seqItems(doc, getPath(doc, owner, 'podTemplate', 'spec', 'containers'));
    const main = containers.find((c) => scalarText(doc, getPath(doc, c, 'name'))?.text === 'flink-main-container');
    const limit = main && getItem(doc, getPath(doc, main, 'resources', 'limits'), 'memory');
    const text = limit && scalarText(doc, limit.value);
    const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
    if (!limit || !text || bytes === undefined)
        return undefined;
    return {
        bytes,
        text: text.text,
        source: `${path} flink-main-container resources.limits.memory`,
        location: locationOf(yaml, limit.value),
    };
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-application.ts


/**
 * Confluent Platform for Apache Flink's `FlinkApplication`: `cmf.confluent.io/v1` through the
 * Confluent CLI or CMF's REST API, `platform.confluent.io/v1beta1` through Confluent for Kubernetes.
 * Its `spec` (`image`, `flinkVersion`, `flinkConfiguration`, `jobManager`/`taskManager.resource`,
 * `job`) is the Flink Kubernetes operator's FlinkDeployment spec, which CMF hands to Confluent's
 * build of that operator (docs.confluent.io, "Create Confluent Manager for Apache Flink
 * Applications" and "Manage Flink Applications Using Confluent for Kubernetes"); so it is read
 * as a FlinkDeployment, and a `resource.memory` the operator cannot parse (`1024\u00dfm`) is refused
 * with the operator's message.
 */
const CONFLUENT_API_GROUPS = ['cmf.confluent.io/', 'platform.confluent.io/'];
function isConfluentFlinkApplication(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return kind === 'FlinkApplication' && CONFLUENT_API_GROUPS.some((group) => apiVersion.startsWith(group));
}
function loadFlinkApplication(document, file) {
    return loadOperatorSpec(document, file, 'FlinkDeployment');
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-cluster.ts






/**
 * The `FlinkCluster` of the Flink operator Google started and Spotify maintains
 * (`flinkoperator.k8s.io/v1beta1`; github.com/spotify/flink-on-k8s-operator, and
 * GoogleCloudPlatform/flink-on-k8s-operator before it). The operator writes the cluster's
 * `flink-conf.yaml` itself (`controllers/flinkcluster/flinkcluster_converter.go`, `newConfigMap`):
 * the process sizes it computes from each container's memory limit, then `spec.flinkProperties`
 * over them, except the addresses and ports it owns (`flinkSysProps`).
 */
const FLINK_CLUSTER_API_GROUP = 'flinkoperator.k8s.io/';
function isFlinkCluster(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    return (apiVersion.startsWith(FLINK_CLUSTER_API_GROUP) &&
        scalarText(doc, getPath(doc, root, 'kind'))?.text === 'FlinkCluster');
}
/** Keys the operator sets from the deployed resources; `flinkProperties` cannot replace them (`flinkSysProps`). */
const SYSTEM_PROPERTIES = new Set([
    'jobmanager.rpc.address',
    'jobmanager.rpc.port',
    'blob.server.port',
    'query.server.port',
    'rest.port',
]);
/**
 * The operator's defaults (`apis/flinkcluster/v1beta1/flinkcluster_default.go`): a process spec
 * with no `resources` at all gets requests 512Mi and limits 2Gi (`DefaultResources`); Flink 1.10
 * and later `memoryProcessRatio` 80; older versions, or a `flinkVersion` that is missing or not a
 * version, `memoryOffHeapRatio` 25 and `memoryOffHeapMin` 600M; replicas 1 JobManager, 3 TaskManagers.
 */
const FLINK_CLUSTER_DEFAULTS = {
    limit: { text: '2Gi', bytes: 2n << 30n },
    request: { text: '512Mi', bytes: 512n << 20n },
    memoryProcessRatio: 80n,
    memoryOffHeapRatio: 25n,
    memoryOffHeapMin: 600000000n,
    replicas: { jobmanager: 1, taskmanager: 3 },
};
const PROCESSES = [
    { process: 'jobmanager', field: 'jobManager' },
    { process: 'taskmanager', field: 'taskManager' },
];
const MIB = 1_048_576;
/** Go's `int64(math.Ceil(float64(n) / d))` on an int64 product, as the operator computes it. */
function goCeilDiv(n, d) {
    return BigInt(Math.ceil(Number(BigInt.asIntN(64, n)) / d));
}
/** `calProcessMemorySize`: ceil(limit \u00d7 ratio / 100) bytes, then ceil to MiB (flinkcluster_converter.go). */
function processSizeMb(limit, ratio) {
    const size = goCeilDiv(limit * ratio, 100);
    return goCeilDiv(size, MIB);
}
/** `calHeapSize`: the limit less max(ceil(limit \u00d7 ratio / 100), min), ceil to MiB; 0 when nothing is left. */
function heapSizeMb(limit, offHeapMin, offHeapRatio) {
    let offHeap = goCeilDiv(limit * offHeapRatio, 100);
    if (offHeap < offHeapMin)
        offHeap = offHeapMin;
    const heap = limit - offHeap;
    return heap > 0n ? goCeilDiv(heap, MIB) : 0n;
}
/** hashicorp/go-version's `NewVersion`, enough to compare with 1.10: segments, and a pre-release. */
const GO_VERSION = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Whether the operator takes Flink's memory model of 1.10 and later: `flinkVersion` parses and is not below 1.10. */
function usesProcessModel(flinkVersion) {
    const match = flinkVersion === undefined ? null : GO_VERSION.exec(flinkVersion);
    if (!match)
        return false;
    const segments = match[1].split('.').map(Number);
    const [major = 0, minor = 0, ...rest] = segments;
    if (major !== 1)
        return major > 1;
    if (minor !== 10)
        return minor > 10;
    // 1.10 itself: a pre-release of 1.10.0 sorts before it.
    return !(match[2] !== undefined && rest.every((n) => n === 0));
}
function processResources(yaml, document, spec, problems) {
    const { doc } = document;
    const at = locationOf(yaml, spec, locationOf(yaml, document.root));
    const resources = getItem(doc, spec, 'resources');
    const limitItem = getItem(doc, getPath(doc, spec, 'resources', 'limits'), 'memory');
    const requestText = scalarText(doc, getPath(doc, spec, 'resources', 'requests', 'memory'));
    const empty = !resources || mapItems(doc, resources.value).length === 0;
    const out = {
        at,
        ratio: (name, fallback) => {
            const item = getItem(doc, spec, name);
            const text = item && scalarText(doc, item.value);
            if (!item || !text || text.unresolved)
                return { value: fallback, written: false };
            if (!/^-?\d+$/.test(text.text)) {
                problems.push({
                    code: 'operator-rejected',
                    message: `${name} '${text.text}' is not an integer: the FlinkCluster is not accepted`,
                    location: locationOf(yaml, item.value),
                });
                return { value: fallback, written: false };
            }
            return { value: BigInt(text.text), location: locationOf(yaml, item.value), written: true };
        },
        quantity: (name, fallback) => {
            const text = scalarText(doc, getPath(doc, spec, name));
            const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
            return bytes ?? fallback;
        },
    };
    if (empty) {
        out.limit = { ...FLINK_CLUSTER_DEFAULTS.limit, location: at, defaulted: true };
        out.request = FLINK_CLUSTER_DEFAULTS.request.bytes;
        return out;
    }
    const limitText = limitItem && scalarText(doc, limitItem.value);
    const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
    if (limitItem && limitText && bytes !== undefined)
        out.limit = {
            bytes,
            text: limitText.text,
            location: locationOf(yaml, limitItem.value),
            defaulted: false,
        };
    const request = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
    if (request !== undefined)
        out.request = request;
    return out;
}
/** A FlinkCluster as the `flink-conf.yaml` its operator writes: computed sizes first, `flinkProperties` over them. */
function loadFlinkCluster(document, { yaml }) {
    const { doc, root } = document;
    const spec = getPath(doc, root, 'spec');
    const problems = [];
    const versionText = scalarText(doc, getPath(doc, spec, 'flinkVersion'))?.text;
    const processModel = usesProcessModel(versionText);
    const image = scalarText(doc, getPath(doc, spec, 'image', 'name'))?.text;
    // The heap sizes are for Flink before 1.10 where the image says so or says nothing: that model is
    // not judged. On a 1.10+ image they are a mistake worth judging (`flinkVersion` forgotten).
    const imageVersion = image && (0,flink/* flinkImageVersion */.UQ)(image);
    const oldFlink = !processModel && (!imageVersion || (0,flink/* readFlinkVersion */.dN)(imageVersion)?.beforeModel !== false);
    if (oldFlink)
        problems.push({
            code: 'not-judged',
            message: `The operator sizes this cluster for Flink's memory model before 1.10 (${versionText === undefined ? 'no spec.flinkVersion' : `spec.flinkVersion ${versionText}`}${image ? `, image ${image}` : ''}): its processes are not judged`,
            location: locationOf(yaml, getPath(doc, spec, 'flinkVersion') ?? root),
        });
    const entries = [];
    const container = {};
    const replicas = {};
    for (const { process, field } of PROCESSES) {
        const processSpec = getPath(doc, spec, field);
        const r = processResources(yaml, document, processSpec, problems);
        const limitField = `spec.${field}.resources.limits.memory`;
        let ratioNote = '';
        if (r.limit) {
            if (processModel) {
                const ratio = r.ratio('memoryProcessRatio', FLINK_CLUSTER_DEFAULTS.memoryProcessRatio);
                const mb = processSizeMb(r.limit.bytes, ratio.value);
                if (mb > 0n) {
                    entries.push({
                        key: `${process}.memory.process.size`,
                        value: `${mb}m`,
                        location: ratio.location ?? r.limit.location,
                        origin: 'operator',
                    });
                    ratioNote = ` \u00d7 memoryProcessRatio ${ratio.value}%${ratio.written ? '' : ' (default)'}`;
                }
            }
            else {
                const ratio = r.ratio('memoryOffHeapRatio', FLINK_CLUSTER_DEFAULTS.memoryOffHeapRatio);
                const min = r.quantity('memoryOffHeapMin', FLINK_CLUSTER_DEFAULTS.memoryOffHeapMin);
                const mb = heapSizeMb(r.limit.bytes, min, ratio.value);
                if (mb > 0n && !oldFlink)
                    entries.push({
                        key: `${process}.heap.size`,
                        value: `${mb}m`,
                        location: ratio.location ?? r.limit.location,
                        origin: 'operator',
                    });
            }
            container[process] = {
                bytes: r.limit.bytes,
                text: r.limit.text,
                source: `${limitField}${r.limit.defaulted ? ' (the operator default)' : ''}${ratioNote}`,
                location: r.limit.location,
                ...(r.request !== undefined ? { requestBytes: r.request } : {}),
            };
        }
        const count = scalarText(doc, getPath(doc, processSpec, 'replicas'))?.text;
        replicas[process] =
            count && /^\d+$/.test(count) ? Number(count) : FLINK_CLUSTER_DEFAULTS.replicas[process];
    }
    for (const item of mapItems(doc, getPath(doc, spec, 'flinkProperties'))) {
        if (SYSTEM_PROPERTIES.has(item.key))
            continue;
        const text = scalarText(doc, item.value);
        if (!text)
            continue;
        entries.push({
            key: item.key,
            value: text.text,
            location: locationOf(yaml, item.keyNode),
            origin: 'file',
        });
        // A size written in `flinkProperties` replaces the one the ratio gave: the limit is a plain limit again.
        const process = /^(jobmanager|taskmanager)\.memory\.process\.size$/.exec(item.key)?.[1];
        const limit = process && container[process];
        if (limit)
            limit.source = limit.source.replace(/ \u00d7 memoryProcessRatio.*$/, '');
    }
    const minor = versionText === undefined ? undefined : /^v?(\d+)\.(\d+)/.exec(versionText);
    return [
        buildConfig({
            part: String(document.index),
            kind: 'flinkcluster',
            location: locationOf(yaml, root),
            name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
            // The operator starts the processes with the image's standalone scripts in its own workloads.
            deployment: 'standalone',
            entries,
            processes: oldFlink ? [] : ['jobmanager', 'taskmanager'],
            container: containerLimits(container),
            replicas,
            clusterMode: getItem(doc, spec, 'job') ? 'application' : 'session',
            image,
            annotations: metadataAnnotations(document),
            problems,
            version: {
                specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
                images: image ? [image] : [],
                format: 'none',
            },
            kubernetes: { namespace: namespaceOf(document) },
        }),
    ];
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-chart.ts

/** A Helm chart's own file: `Chart.yaml` (Helm 3 and 2), beside `values.yaml` and `templates/`. */
function isChartFileName(path) {
    return /(?:^|\/)Chart\.ya?ml$/.test(path);
}
/** A `Chart.yaml`'s `name` and `appVersion` (helm.sh/helm `pkg/chart/metadata.go`: both strings). */
function readChart(path, text) {
    const { yaml } = parseYamlFile(text, path);
    const document = yaml.documents[0];
    if (!document)
        return undefined;
    const { doc, root } = document;
    const name = scalarText(doc, getPath(doc, root, 'name'));
    if (!name || name.unresolved)
        return undefined;
    const node = getPath(doc, root, 'appVersion');
    const appVersion = scalarText(doc, node);
    const chart = { name: name.text, location: locationOf(yaml, node ?? root) };
    if (appVersion && !appVersion.unresolved)
        chart.appVersion = appVersion.text;
    return chart;
}

;// CONCATENATED MODULE: ./src/sources/formats/kustomization.ts







/** Kustomize's file names (sigs.k8s.io/kustomize `konfig.RecognizedKustomizationFileNames`). */
function isKustomizationFileName(file) {
    return /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(file);
}
/**
 * A path a kustomization names, against the kustomization's folder, lexically. Nothing is read:
 * the link stage only compares it with the paths of the files it was given, so a path that leaves
 * the linted tree simply names no file.
 */
function resolveIn(folder, relative) {
    if (relative === '' || relative.startsWith('/') || relative.includes('://'))
        return undefined;
    // Plain string work, no `node:path`: the browser playground loads files too.
    const parts = [];
    for (const part of `${folder}/${relative}`.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            parts.push(part);
        else if (parts.length === 0)
            return undefined;
        else
            parts.pop();
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}
const dirname = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const basename = (file) => file.slice(file.lastIndexOf('/') + 1);
/**
 * What a kustomization tells the link stage: its `namespace`, its file `resources`, and the files
 * each `configMapGenerator` puts in a ConfigMap (`files: [conf/flink-conf.yaml]`, or
 * `files: [flink-conf.yaml=conf/prod.yaml]` with the key before `=`). A generated ConfigMap's name
 * gets a hash suffix, and Kustomize rewrites the references of the resources it builds to it: they
 * keep naming it by the generator's `name`.
 */
function readKustomization(file, text) {
    const { yaml } = parseYamlFile(text, file);
    const document = yaml.documents[0];
    if (!document)
        return undefined;
    const { doc, root } = document;
    const folder = dirname(file);
    const str = (node) => {
        const scalar = scalarText(doc, node);
        return scalar && !scalar.unresolved ? scalar.text : undefined;
    };
    const facts = { resources: [], generated: [] };
    const namespace = str(getPath(doc, root, 'namespace'));
    if (namespace)
        facts.namespace = namespace;
    for (const item of seqItems(doc, getPath(doc, root, 'resources'))) {
        const resolved = resolveIn(folder, str(item) ?? '');
        if (resolved)
            facts.resources.push(resolved);
    }
    for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
        const name = str(getPath(doc, generator, 'name'));
        if (!name)
            continue;
        for (const entry of seqItems(doc, getPath(doc, generator, 'files'))) {
            const text = str(entry);
            if (!text)
                continue;
            const eq = text.indexOf('=');
            const source = eq >= 0 ? text.slice(eq + 1) : text;
            const key = eq >= 0 ? text.slice(0, eq) : basename(source);
            const resolved = resolveIn(folder, source);
            if (resolved)
                facts.generated.push({ name, key, path: resolved, location: locationOf(yaml, entry) });
        }
        const behavior = str(getPath(doc, generator, 'behavior'));
        if (behavior === 'merge' || behavior === 'replace') {
            const keys = [
                ...seqItems(doc, getPath(doc, generator, 'files')).map((e) => fileKey(str(e) ?? '')),
                ...seqItems(doc, getPath(doc, generator, 'literals')).map((e) => literalKey(str(e) ?? '')),
            ].filter((k) => k !== undefined && k !== '');
            (facts.overrides ??= []).push({ name, behavior, keys });
        }
    }
    const patches = readPatches(yaml, folder, str);
    if (patches.length > 0)
        facts.patches = patches;
    for (const image of seqItems(doc, getPath(doc, root, 'images'))) {
        const name = str(getPath(doc, image, 'name'));
        if (!name)
            continue;
        const entry = {
            name,
            location: locationOf(yaml, image),
        };
        for (const field of ['newName', 'newTag', 'digest']) {
            const value = str(getPath(doc, image, field));
            if (value)
                entry[field] = value;
        }
        if (entry.newName || entry.newTag || entry.digest)
            (facts.images ??= []).push(entry);
    }
    return facts;
}
/** The key a generator's `files:` entry gives: before `=`, else the file's name. */
function fileKey(text) {
    const eq = text.indexOf('=');
    return eq >= 0 ? text.slice(0, eq) : basename(text);
}
/** The key of a `literals:` entry, `KEY=value` (kustomize api/kv `parseLiteralSource`: split at the first `=`). */
function literalKey(text) {
    const eq = text.indexOf('=');
    return eq > 0 ? text.slice(0, eq) : undefined;
}
/**
 * The patches of a kustomization, in Kustomize's order (sigs.k8s.io/kustomize
 * api/internal/target/kusttarget_configplugin.go `configureBuiltinTransformers`:
 * `patchesStrategicMerge`, then `patches`, then `patchesJson6902`; each list in order). Each is a file or inline text
 * (api/internal/builtins/PatchTransformer.go: `patch` or `path`, with an optional `target`).
 */
function readPatches(yaml, folder, str) {
    const document = yaml.documents[0];
    const { doc, root } = document;
    const patches = [];
    const inline = (node) => {
        if (!node || !isStringScalar(doc, node))
            return undefined;
        const text = String(node.value);
        const map = embeddedPositionMap(yaml, node);
        const lines = text.split(/\r\n|\n|\r/).map((_, i) => map(i + 1, 1));
        return { text, lines };
    };
    const target = (node) => {
        if (!node)
            return undefined;
        const t = {};
        for (const field of ['kind', 'name', 'namespace']) {
            const value = str(getPath(doc, node, field));
            if (value !== undefined)
                t[field] = value;
        }
        return t;
    };
    const add = (entry, json6902) => {
        const location = locationOf(yaml, entry);
        const path = str(getPath(doc, entry, 'path'));
        const text = inline(getPath(doc, entry, 'patch'));
        const patch = { location };
        if (path !== undefined) {
            const resolved = resolveIn(folder, path);
            if (!resolved)
                return;
            patch.path = resolved;
        }
        else if (text)
            patch.inline = text;
        else
            return;
        const selected = target(getPath(doc, entry, 'target'));
        if (selected)
            patch.target = selected;
        if (json6902)
            patch.json6902 = true;
        patches.push(patch);
    };
    // A patchesStrategicMerge entry is a file's path, or the patch itself when it holds a line break.
    for (const entry of seqItems(doc, getPath(doc, root, 'patchesStrategicMerge'))) {
        const text = str(entry);
        if (text === undefined)
            continue;
        const location = locationOf(yaml, entry);
        if (/[\r\n]/.test(text)) {
            const body = inline(entry);
            if (body)
                patches.push({ inline: body, location });
        }
        else {
            const resolved = resolveIn(folder, text.trim());
            if (resolved)
                patches.push({ path: resolved, location });
        }
    }
    for (const entry of seqItems(doc, getPath(doc, root, 'patches')))
        add(entry, false);
    for (const entry of seqItems(doc, getPath(doc, root, 'patchesJson6902')))
        add(entry, true);
    return patches;
}
/** Literal keys that hold a Flink configuration, as in a ConfigMap's `data` (configmap.ts). */
const LITERAL_FORMATS = {
    'flink-conf.yaml': 'flink-conf',
    'config.yaml': 'config-yaml',
    [FLINK_PROPERTIES]: 'properties',
};
/**
 * The Flink configurations a kustomization writes itself: `configMapGenerator` `literals:` whose key
 * is `flink-conf.yaml`, `config.yaml` or `FLINK_PROPERTIES` (`- FLINK_PROPERTIES=taskmanager...`).
 * Kustomize splits a literal at its first `=` and drops quotes around the whole value (sigs.k8s.io/kustomize
 * api/kv/kv.go `parseLiteralSource`, `removeQuotes`). Each is one ConfigMap key, linked as a ConfigMap's.
 */
function loadGeneratorLiterals(file, text) {
    const { yaml } = parseYamlFile(text, file);
    const document = yaml.documents[0];
    if (!document)
        return [];
    const { doc, root } = document;
    const namespace = scalarText(doc, getPath(doc, root, 'namespace'))?.text || DEFAULT_NAMESPACE;
    const configs = [];
    for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
        const name = scalarText(doc, getPath(doc, generator, 'name'))?.text;
        if (!name)
            continue;
        for (const literal of seqItems(doc, getPath(doc, generator, 'literals'))) {
            if (!isStringScalar(doc, literal))
                continue;
            const written = String(literal.value);
            const key = literalKey(written);
            const format = key === undefined ? undefined : LITERAL_FORMATS[key];
            if (!key || !format)
                continue;
            let value = written.slice(key.length + 1);
            let shift = key.length + 1;
            if (value.length >= 2 && /^["']/.test(value) && value.endsWith(value[0])) {
                value = value.slice(1, -1);
                shift++;
            }
            const outer = embeddedPositionMap(yaml, literal);
            const map = (line, column) => outer(line, line === 1 ? column + shift : column);
            const read = format === 'config-yaml' ? readConfigYaml(value, file, map) : readFlinkConf(value, file, map);
            const at = locationOf(yaml, literal);
            const process = processOf([name]);
            configs.push(buildConfig({
                part: `configMapGenerator/${name}/${key}`,
                kind: 'configmap',
                location: at,
                name: `${name}/${key}`,
                deployment: 'standalone',
                entries: format === 'properties'
                    ? read.entries.map((e) => ({ ...e, origin: 'environment' }))
                    : read.entries,
                appendsToImageConf: format === 'properties' ? at : undefined,
                processes: process ? [process] : ['jobmanager', 'taskmanager'],
                problems: [...read.problems],
                version: { images: [], format: format === 'properties' ? 'none' : format },
                kubernetes: { namespace, configMap: { name, key } },
            }));
        }
    }
    return configs;
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-values-tree.ts




/** A values file's nodes kept at most: a larger file is read no further than this. */
const MAX_VALUES_NODES = 20_000;
/**
 * A values file as plain data for the link stage, which layers a chart's files over each other
 * (`values-prod.yaml` over `values.yaml`). Undefined where the file does not parse or is no map.
 */
function readValuesTree(path, text) {
    const { yaml, problems } = parseYamlFile(text, path);
    const document = yaml.documents[0];
    if (problems.some((p) => p.code === 'yaml-error') || !document)
        return undefined;
    return valuesTreeOf(yaml, document);
}
/** A values document as plain data (its root must be a map). */
function valuesTreeOf(yaml, document) {
    if (!document.root || !(0,dist/* isMap */.jh)(document.root))
        return undefined;
    return helm_values_tree_valueOf(yaml, document.doc, document.root, 0, { nodes: MAX_VALUES_NODES });
}
function helm_values_tree_valueOf(yaml, doc, node, depth, budget) {
    if (budget.nodes-- <= 0 || depth > YAML_LIMITS.maxDepth)
        return undefined;
    const resolved = resolve(doc, node);
    const { line, column } = locationOf(yaml, resolved ?? node);
    if (!resolved || ((0,dist/* isScalar */.jn)(resolved) && (resolved.value === null || resolved.value === undefined)))
        return { kind: 'scalar', text: 'null', type: 'null', line, column };
    if ((0,dist/* isSeq */.oP)(resolved)) {
        const items = resolved.items.map((item) => helm_values_tree_valueOf(yaml, doc, item, depth + 1, budget));
        const scalars = items.every((i) => i?.kind === 'scalar');
        return scalars
            ? { kind: 'list', text: items.map((i) => i.text).join(';'), line, column }
            : { kind: 'list', line, column };
    }
    if ((0,dist/* isMap */.jh)(resolved)) {
        const entries = [];
        for (const item of mapItems(doc, resolved)) {
            const value = helm_values_tree_valueOf(yaml, doc, item.value, depth + 1, budget);
            if (!value)
                continue;
            // A Flink entry is located on its key: the line a reader looks at for what set it.
            const at = locationOf(yaml, item.keyNode);
            entries.push([
                item.key,
                value.kind === 'map' ? value : { ...value, key: { line: at.line, column: at.column } },
            ]);
        }
        return { kind: 'map', entries, line, column };
    }
    if (!(0,dist/* isScalar */.jn)(resolved))
        return undefined;
    const value = resolved.value;
    if (typeof value === 'bigint')
        return { kind: 'scalar', text: String(value), type: 'number', line, column };
    if (typeof value === 'number')
        return { kind: 'scalar', text: (0,flink/* javaDoubleToString */.kx)(value), type: 'number', line, column };
    if (typeof value === 'boolean')
        return { kind: 'scalar', text: String(value), type: 'boolean', line, column };
    if (typeof value !== 'string')
        return undefined;
    return isPlaceholder(value)
        ? { kind: 'scalar', text: value, type: 'string', unresolved: true, line, column }
        : { kind: 'scalar', text: value, type: 'string', line, column };
}
/** The value at a path of keys (the last of duplicate keys, as Helm's YAML reader keeps). */
function valueAt(node, path) {
    let current = node;
    for (const key of path) {
        if (current?.kind !== 'map')
            return undefined;
        current = lastEntry(current, key);
    }
    return current;
}
function lastEntry(map, key) {
    for (let i = map.entries.length - 1; i >= 0; i--)
        if (map.entries[i][0] === key)
            return map.entries[i][1];
    return undefined;
}
/** A scalar's text where it is a value (not null, not a template placeholder). */
function textOf(node) {
    return node?.kind === 'scalar' && node.type !== 'null' && !node.unresolved ? node.text : undefined;
}
/** The Flink process a values path is about (`taskmanager.resources`, `jobManager`). */
function processInPath(path) {
    const text = path.join('.').toLowerCase();
    if (/task-?manager/.test(text))
        return 'taskmanager';
    if (/job-?manager/.test(text))
        return 'jobmanager';
    return undefined;
}
/**
 * `resources.limits.memory` under a path naming a process (`taskmanager.resources`,
 * `resources.jobmanager`), with the `requests.memory` beside it: the first of each process.
 */
function valuesLimits(tree, file) {
    const limits = {};
    const quantity = (node) => {
        const text = textOf(node);
        const bytes = text !== undefined ? quantityBytes(text) : undefined;
        return text !== undefined && bytes !== undefined ? { text, bytes } : undefined;
    };
    const visit = (node, path, depth) => {
        if (node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth)
            return;
        const process = processInPath(path);
        const limitNode = valueAt(node, ['limits', 'memory']);
        const limit = quantity(limitNode);
        if (process && limit && limitNode && !limits[process]) {
            const request = quantity(valueAt(node, ['requests', 'memory']));
            limits[process] = {
                ...limit,
                source: [...path, 'limits', 'memory'].join('.'),
                location: locationIn(file, limitNode),
                ...(request ? { requestBytes: request.bytes } : {}),
            };
        }
        for (const [key, value] of node.entries)
            visit(value, [...path, key], depth + 1);
    };
    visit(tree, [], 0);
    return limits;
}
function locationIn(file, node) {
    return { file, line: node.line, column: node.column };
}
/**
 * Images the values name, in the shapes charts use: `image: flink:1.18`; `image: {repository|name,
 * tag}`; `image: flink` or `image.repository` with `imageTag` beside it or `global.imageTag` /
 * `global.image.tag`; and a bare `imageTag` under a key naming Flink (`flink.imageTag`), read as
 * the `flink` image. A bare tag anywhere else may be an application's own version: not read.
 */
function valuesImages(tree) {
    const images = [];
    const globalTag = textOf(valueAt(tree, ['global', 'imageTag'])) ?? textOf(valueAt(tree, ['global', 'image', 'tag']));
    const visit = (node, path, depth) => {
        if (node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth)
            return;
        const siblingTag = textOf(valueAt(node, ['imageTag']));
        let named = false;
        for (const [key, value] of node.entries) {
            if (/^image$/i.test(key)) {
                const single = value.kind === 'scalar' ? textOf(value) : undefined;
                const repository = textOf(valueAt(value, ['repository'])) ?? textOf(valueAt(value, ['name']));
                const tag = textOf(valueAt(value, ['tag'])) ?? siblingTag ?? globalTag;
                const withTag = (repo) => (hasTag(repo) || tag === undefined ? repo : `${repo}:${tag}`);
                if (single !== undefined)
                    images.push(withTag(single));
                else if (repository !== undefined)
                    images.push(withTag(repository));
                named = true;
            }
            visit(value, [...path, key], depth + 1);
        }
        if (!named && siblingTag !== undefined && /flink/i.test(path.join('.')))
            images.push(`flink:${siblingTag}`);
    };
    visit(tree, [], 0);
    return images;
}
/** `flinkVersion` in the values (what a chart puts into `spec.flinkVersion`): `v1_18`, or `1.18` read as it. */
function valuesFlinkVersion(tree) {
    let found;
    const visit = (node, depth) => {
        if (found !== undefined || node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth)
            return;
        for (const [key, value] of node.entries) {
            const text = key === 'flinkVersion' ? textOf(value) : undefined;
            const match = text !== undefined ? /^v?(\d+)[._](\d+)/.exec(text) : null;
            if (match) {
                found = `v${match[1]}_${match[2]}`;
                return;
            }
            visit(value, depth + 1);
        }
    };
    visit(tree, 0);
    return found;
}
/** Whether an image reference already names a tag or digest (a `:` after the last `/`). */
function hasTag(ref) {
    return ref.includes('@') || ref.lastIndexOf(':') > ref.lastIndexOf('/');
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-values.ts









/** Helm values files: `values.yaml`, `values-prod.yaml`, `prod-values.yml`, `values/prod.yaml`. */
function isValuesFileName(path) {
    const name = path.split('/').pop() ?? '';
    return (/^(?:[\w.-]*[-_.])?values(?:[-_.][\w.-]*)?\.ya?ml$/i.test(name) ||
        /(?:^|\/)values\/[\w.-]+\.ya?ml$/i.test(path));
}
/** Prefix some charts put before Flink keys in a properties map (`flink-conf.taskmanager.memory...`). */
const KEY_PREFIX = 'flink-conf.';
/**
 * A Helm values file: every Flink configuration it carries (a `flinkConfiguration` map, an embedded
 * `flink-conf.yaml` / `config.yaml` text, `FLINK_PROPERTIES`, a map of Flink keys) becomes a config,
 * with the container limits and image the values give for its processes.
 */
function loadHelmValues(document, { yaml }) {
    const blocks = [];
    findBlocks(yaml, document, document.root ?? null, [], blocks, 0);
    if (blocks.length === 0)
        return [];
    const tree = valuesTreeOf(yaml, document);
    const limits = valuesLimits(tree, yaml.file);
    const images = valuesImages(tree);
    const specVersion = valuesFlinkVersion(tree);
    return blocks.map((block, i) => {
        const process = processInPath(block.path);
        const processes = process ? [process] : ['jobmanager', 'taskmanager'];
        return buildConfig({
            part: `${document.index}/${i}`,
            kind: 'helm-values',
            location: block.location,
            name: block.path.join('.'),
            deployment: block.deployment,
            entries: block.entries,
            appendsToImageConf: block.appendsToImageConf,
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, limits[p]]))),
            image: images[0],
            problems: block.problems,
            version: { specVersion, images, format: block.format },
        });
    });
}
function remap(result, map) {
    return {
        entries: result.entries.map((e) => ({ ...e, location: map(e.location) })),
        problems: result.problems.map((p) => ({ ...p, location: map(p.location) })),
    };
}
function findBlocks(yaml, document, node, path, out, depth) {
    const { doc } = document;
    if (!node || depth > YAML_LIMITS.maxDepth)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of seqItems(doc, node)) {
            // An env list entry: `- name: FLINK_PROPERTIES` / `value: |`.
            const value = getPath(doc, item, 'value');
            if (scalarText(doc, getPath(doc, item, 'name'))?.text === FLINK_PROPERTIES &&
                isStringScalar(doc, value)) {
                const read = readFlinkProperties(yaml, resolve(doc, value));
                out.push({
                    path: [...path, FLINK_PROPERTIES],
                    location: locationOf(yaml, item),
                    ...read,
                    deployment: 'standalone',
                    format: 'none',
                    appendsToImageConf: locationOf(yaml, item),
                });
            }
            else {
                findBlocks(yaml, document, item, path, out, depth + 1);
            }
        }
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    const items = mapItems(doc, node);
    const flinkKeys = items.filter((i) => i.key.startsWith(KEY_PREFIX) || (0,flink/* isMemoryKey */.nt)(i.key));
    if (flinkKeys.length > 0 && flinkKeys.some((i) => (0,flink/* isMemoryKey */.nt)(i.key.replace(KEY_PREFIX, '')))) {
        const problems = [];
        const entries = flinkConfiguration(yaml, document, node, problems)
            .filter((e) => e.key.startsWith(KEY_PREFIX) || /^(taskmanager|jobmanager)\./.test(e.key))
            .map((e) => ({ ...e, key: e.key.startsWith(KEY_PREFIX) ? e.key.slice(KEY_PREFIX.length) : e.key }));
        out.push({
            path,
            location: locationOf(yaml, flinkKeys[0].keyNode),
            entries,
            problems,
            deployment: 'standalone',
            format: 'none',
        });
        return;
    }
    for (const item of items) {
        const at = locationOf(yaml, item.keyNode);
        const childPath = [...path, item.key];
        if (item.key === 'flinkConfiguration' && item.value && (0,dist/* isMap */.jh)(item.value)) {
            const problems = [];
            const entries = flinkConfiguration(yaml, document, item.value, problems);
            out.push({
                path: childPath,
                location: at,
                entries,
                problems,
                deployment: 'kubernetes',
                format: 'none',
            });
            continue;
        }
        if (!isStringScalar(doc, item.value)) {
            findBlocks(yaml, document, item.value, childPath, out, depth + 1);
            continue;
        }
        const scalar = resolve(doc, item.value);
        const text = scalar.value;
        const map = embeddedPositionMap(yaml, scalar);
        if (item.key === FLINK_PROPERTIES) {
            out.push({
                path: childPath,
                location: at,
                ...readFlinkProperties(yaml, scalar),
                deployment: 'standalone',
                format: 'none',
                appendsToImageConf: at,
            });
        }
        else if (item.key === 'flink-conf.yaml' || item.key === 'config.yaml') {
            const read = item.key === 'config.yaml'
                ? readConfigYaml(text, yaml.file, map)
                : readFlinkConf(text, yaml.file, map);
            if (read.entries.length > 0) {
                out.push({
                    path: childPath,
                    location: at,
                    ...read,
                    deployment: 'standalone',
                    format: item.key === 'config.yaml' ? 'config-yaml' : 'flink-conf',
                });
            }
        }
        else if (text.includes('\n')) {
            embeddedText(yaml, text, childPath, at, map, out);
        }
    }
}
/** A multi-line string: a flink-conf fragment with memory keys, or a YAML text with `flinkConfiguration`. */
function embeddedText(yaml, text, path, at, map, out) {
    const toFile = (l) => ({ file: yaml.file, ...map(l.line, l.column) });
    if (/^\s*flinkConfiguration\s*:/m.test(text)) {
        const inner = parseYamlFile(text, yaml.file);
        const found = [];
        for (const document of inner.yaml.documents)
            findBlocks(inner.yaml, document, document.root ?? null, path, found, 0);
        for (const block of found) {
            const mapped = remap(block, toFile);
            out.push({ ...block, ...mapped, location: toFile(block.location) });
        }
        return;
    }
    const read = readFlinkConf(text, yaml.file, map);
    if (read.entries.some((e) => (0,flink/* isMemoryKey */.nt)(e.key)) && read.problems.every((p) => p.code !== 'invalid-line')) {
        out.push({ path, location: at, ...read, deployment: 'standalone', format: 'flink-conf' });
    }
}

;// CONCATENATED MODULE: ./src/sources/formats/vvp-deployment.ts




/**
 * Ververica Platform's own resources (`apiVersion: v1`): a `Deployment`, whose Flink job is
 * described by `spec.template.spec` (its `artifact` names `flinkVersion` and `flinkImageTag`), and a
 * `SessionCluster`, described by `spec`. Both carry `flinkConfiguration` and
 * `resources.{jobmanager,taskmanager}`.
 *
 * How VVP turns `resources` into Flink's memory (docs.ververica.com, "Resources (CPU, Memory)" of
 * Deployments and SessionClusters, VVP 2.x): the memory is a decimal number with an optional
 * unit, case ignored, each unit a power of ten (`k` 1000 bytes, `m`, `g`), none meaning bytes;
 * `resources.taskmanager.memory` becomes `taskmanager.memory.process.size` and
 * `resources.jobmanager.memory` `jobmanager.memory.process.size`, and by default also the
 * container's memory request and limit. Without `resources`, 1G for the JobManager and 2G for the
 * TaskManager. The docs say the size is "translated to base 2" before Flink gets it, without the
 * rounding: it is given to Flink here as its exact number of bytes.
 */
function isVervericaResource(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    if (apiVersion !== 'v1' || (kind !== 'Deployment' && kind !== 'SessionCluster'))
        return false;
    const spec = vvpSpec(document);
    return (['flinkConfiguration', 'flinkVersion', 'flinkImageTag', 'resources'].some((field) => getItem(doc, spec, field)) || getItem(doc, getPath(doc, spec, 'artifact'), 'flinkVersion') !== undefined);
}
function vvpSpec(document) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return kind === 'SessionCluster'
        ? getPath(doc, root, 'spec')
        : getPath(doc, root, 'spec', 'template', 'spec');
}
const VVP_DEFAULT_MEMORY = { jobmanager: '1G', taskmanager: '2G' };
const UNITS = { '': 0, k: 3, m: 6, g: 9, t: 12 };
const VVP_MEMORY = /^(\d+(?:\.\d*)?|\.\d+)([kmgt]?)$/i;
/** A VVP memory size in bytes (powers of ten), rounded up; undefined where VVP would not accept it. */
function vvpMemoryBytes(text) {
    const match = VVP_MEMORY.exec(text.trim());
    if (!match)
        return undefined;
    const [whole, fraction = ''] = match[1].split('.');
    const exponent = UNITS[match[2].toLowerCase()];
    const digits = BigInt(`${whole || '0'}${fraction}`);
    const shift = exponent - fraction.length;
    if (shift >= 0)
        return digits * 10n ** BigInt(shift);
    const divisor = 10n ** BigInt(-shift);
    return (digits + divisor - 1n) / divisor;
}
function loadVervericaResource(document, { yaml }) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    const spec = vvpSpec(document);
    const problems = [];
    const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
    // A Deployment in session mode runs on a SessionCluster: its resources are that cluster's.
    const session = kind === 'Deployment' &&
        /^session$/i.test(scalarText(doc, getPath(doc, root, 'spec', 'mode'))?.text ?? '');
    const container = {};
    for (const process of session ? [] : ['jobmanager', 'taskmanager']) {
        const item = getItem(doc, getPath(doc, spec, 'resources', process), 'memory');
        const written = item && scalarText(doc, item.value);
        if (written?.unresolved)
            continue;
        const text = written?.text ?? VVP_DEFAULT_MEMORY[process];
        const location = item ? locationOf(yaml, item.value) : locationOf(yaml, spec ?? root);
        const bytes = vvpMemoryBytes(text);
        if (bytes === undefined) {
            problems.push({
                code: 'operator-rejected',
                message: `resources.${process}.memory '${text}' is not a memory size Ververica Platform reads (a decimal number with an optional unit k, m, g)`,
                location,
            });
            continue;
        }
        const source = `${kind === 'SessionCluster' ? 'spec' : 'spec.template.spec'}.resources.${process}.memory${item ? '' : ' (the platform default)'}`;
        entries.push({ key: `${process}.memory.process.size`, value: `${bytes}b`, location, origin: 'operator' });
        container[process] = { bytes, text, source, location, requestBytes: bytes };
    }
    // A Deployment names its Flink in `artifact`; a SessionCluster in its spec.
    const field = (name) => scalarText(doc, getPath(doc, spec, 'artifact', name))?.text ??
        scalarText(doc, getPath(doc, spec, name))?.text;
    const tag = field('flinkImageTag');
    const image = tag ? `${field('flinkImageRepository') ?? 'flink'}:${tag}` : undefined;
    const version = field('flinkVersion');
    const minor = version === undefined ? undefined : /^(\d+)\.(\d+)/.exec(version);
    const replicas = scalarText(doc, getPath(doc, spec, kind === 'SessionCluster' ? 'numberOfTaskManagers' : 'parallelism'));
    return [
        buildConfig({
            part: String(document.index),
            kind: 'vvp-deployment',
            location: locationOf(yaml, root),
            name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
            // VVP runs Flink on Kubernetes with the sizes above as its containers' memory.
            deployment: 'kubernetes',
            entries,
            processes: session ? [] : ['jobmanager', 'taskmanager'],
            container: containerLimits(container),
            replicas: kind === 'SessionCluster' && replicas && /^\d+$/.test(replicas.text)
                ? { taskmanager: Number(replicas.text) }
                : undefined,
            clusterMode: kind === 'SessionCluster' || session ? 'session' : 'application',
            image,
            annotations: metadataAnnotations(document),
            problems,
            version: {
                specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
                images: image ? [image] : [],
                format: 'none',
            },
        }),
    ];
}

;// CONCATENATED MODULE: ./src/sources/formats/index.ts















function kubernetesKind(document) {
    const { doc, root } = document;
    if (!scalarText(doc, getPath(doc, root, 'apiVersion')))
        return undefined;
    return scalarText(doc, getPath(doc, root, 'kind'))?.text;
}
const isKubernetes = (document) => kubernetesKind(document) !== undefined;
/**
 * The formats a YAML document can hold a Flink configuration in, in the order they are tried:
 * the first that matches reads the document. A Kubernetes resource is only ever read as one.
 */
const DOCUMENT_FORMATS = [
    {
        kind: 'flinkdeployment',
        markers: OPERATOR_MARKERS,
        matches: (d) => isKubernetes(d) && isOperatorResource(d),
        load: loadFlinkDeployment,
    },
    {
        kind: 'flinkdeployment',
        markers: { text: ['FlinkApplication'] },
        matches: (d) => isConfluentFlinkApplication(d),
        load: loadFlinkApplication,
    },
    {
        kind: 'flinkcluster',
        markers: { text: ['FlinkCluster'] },
        matches: (d) => isFlinkCluster(d),
        load: loadFlinkCluster,
    },
    {
        kind: 'configmap',
        markers: CONFIGMAP_MARKERS,
        matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
        load: loadConfigMap,
    },
    // Before workloads: VVP's `v1` Deployment is no `apps/v1` Deployment.
    {
        kind: 'vvp-deployment',
        markers: { text: ['Deployment', 'SessionCluster'] },
        matches: (d) => isVervericaResource(d),
        load: loadVervericaResource,
    },
    {
        kind: 'kubernetes-workload',
        markers: WORKLOAD_MARKERS,
        matches: (d) => isWorkload(kubernetesKind(d) ?? ''),
        load: loadWorkload,
    },
    {
        kind: 'docker-compose',
        markers: COMPOSE_MARKERS,
        matches: (d) => !isKubernetes(d) && isComposeDocument(d),
        load: loadCompose,
    },
    {
        kind: 'helm-values',
        markers: { name: isValuesFileName },
        matches: (d, f) => !isKubernetes(d) && isValuesFileName(f.path),
        load: loadHelmValues,
    },
    {
        kind: 'config-yaml',
        markers: CONFIG_YAML_MARKERS,
        matches: (d, f) => !isKubernetes(d) && f.yaml.documents.length === 1 && isFlinkConfigYaml(d, f.path),
        load: (_d, f) => [loadWholeFile(f.path, f.text, 'config-yaml', f.yaml.parsed)],
    },
];
/**
 * The raw-text markers of every format `loadFile` reads, whole-file formats first: a file none of
 * them matches gives no config, and is ruled out before it is parsed (`sources/prefilter.ts`).
 */
const FORMAT_MARKERS = [
    FLINK_CONF_MARKERS,
    // A `config.yaml` that does not parse is read by Flink's reader when it names a process (below).
    CONFIG_YAML_MARKERS,
    ...DOCUMENT_FORMATS.map((f) => f.markers),
];
/**
 * What a file that holds no config shows when it places configs of other files (the link stage's
 * sources): a Kubernetes workload that mounts a ConfigMap or reads one into its environment
 * (`configMap`, `configMapRef`, `configMapKeyRef`), a compose file or Dockerfile that names a Flink
 * image, mounts, copies or builds one (`flink` in any case), and Compose's override file, which may
 * only change limits. `Dockerfile`s, `Chart.yaml` and `kustomization.yaml` are read by name.
 */
const LINK_MARKERS = {
    text: ['configMap', 'flink', 'Flink', 'FLINK'],
    name: (path) => /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/i.test(path),
};
/** Reads one file into the Flink configs it holds, by its name and each document's shape. */
function loadFile(path, text) {
    // A Dockerfile holds no config: the link stage reads it for the image it builds on.
    if (isDockerfileName(path))
        return { configs: [], problems: [] };
    // A chart's helpers are template text: the link stage reads their `define`s (helm-template.ts).
    if (isHelmHelpersName(path))
        return { configs: [], problems: [] };
    if (isKustomizationFileName(path)) {
        const kustomization = readKustomization(path, text);
        const configs = kustomization ? loadGeneratorLiterals(path, text) : [];
        return kustomization ? { configs, problems: [], kustomization } : { configs, problems: [] };
    }
    if (isChartFileName(path)) {
        const chart = readChart(path, text);
        return chart ? { configs: [], problems: [], chart } : { configs: [], problems: [] };
    }
    if (isFlinkConfName(path))
        return { configs: [loadWholeFile(path, text, 'flink-conf')], problems: [] };
    const { yaml, problems } = parseYamlFile(text, path);
    if (problems.length > 0 && CONFIG_YAML_NAME.test(path) && /^(taskmanager|jobmanager)[.:]/m.test(text)) {
        // Flink's own config.yaml that does not parse: Flink's reader says why, in its words.
        return { configs: [loadWholeFile(path, text, 'config-yaml')], problems: [] };
    }
    const file = { path, text, yaml };
    const configs = [];
    const containers = [];
    for (const document of yaml.documents) {
        if (isKubernetes(document)) {
            containers.push(...workloadContainerFacts(yaml, document));
            if (isOperatorResource(document) && isCanaryResource(document)) {
                problems.push(canaryNotice(document, yaml));
                continue;
            }
        }
        const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
        if (format)
            configs.push(...format.load(document, file));
    }
    return containers.length > 0 ? { configs, problems, containers } : { configs, problems };
}
/**
 * One YAML document read as `loadFile` reads it (the link stage reads a resource again this way once
 * a Kustomize overlay has patched it), with the Kubernetes containers it defines.
 */
function loadDocument(document, file) {
    const containers = isKubernetes(document) ? workloadContainerFacts(file.yaml, document) : [];
    if (isKubernetes(document) && isOperatorResource(document) && isCanaryResource(document))
        return { configs: [], containers };
    const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
    return { configs: format ? format.load(document, file) : [], containers };
}
function canaryNotice(document, yaml) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? '';
    return {
        code: 'not-judged',
        message: `${kind} ${name} is labelled ${CANARY_LABEL}: the operator's health probe, which starts no Flink cluster; not judged`,
        location: locationOf(yaml, root),
    };
}

;// CONCATENATED MODULE: ./src/sources/prefilter.ts
// The prefilter: rules a file out from its raw bytes before any parser runs. Every format declares
// what the files it reads must show (`RawMarkers` beside its row in `formats/index.ts`); a file
// none of them matches cannot give a config, and is never decoded or parsed. Safe by construction
// and by test (__tests__/properties/prefilter.test.ts): when in doubt, the file is kept.

/**
 * Files kept by their name whatever they hold: their facts (images, versions, overlays, charts)
 * place the configs of other files, in formats the link stage reads (`Dockerfile`,
 * `Dockerfile.flink`, `flink.Dockerfile`, `kustomization.yaml`, `Chart.yaml`, `values*.yaml`).
 */
const ALWAYS_READ_NAME = /(?:^|\/)(?:[^/]*\.)?(?:dockerfile|containerfile)(?:\.[^/]*)?$|(?:^|\/)(?:kustomization|chart)\.ya?ml$|(?:^|\/)(?:[^/]*[-_.])?values(?:[-_.][^/]*)?\.ya?ml$/i;
/**
 * Builds the prefilter of a set of formats' markers (by default every format `loadFile` reads) and
 * of the link stage's sources.
 */
function makePrefilter(markers = FORMAT_MARKERS, link = LINK_MARKERS) {
    const names = markers.flatMap((m) => (m.name ? [m.name] : []));
    const needles = needlesOf(markers.flatMap((m) => m.text ?? []));
    const linkNeedles = needlesOf(link.text ?? []);
    return (path, bytes) => {
        const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        // The text first: a file kept by its name alone is one whose problems nobody asked about.
        if (needles.some((needle) => buffer.includes(needle)) || mayBeEscaped(buffer))
            return 'text';
        if (ALWAYS_READ_NAME.test(path) || names.some((accepts) => accepts(path)))
            return 'name';
        if (linkNeedles.some((needle) => buffer.includes(needle)) || link.name?.(path))
            return 'link';
        return undefined;
    };
}
/**
 * ASCII markers are found in UTF-8 bytes exactly where they are in the decoded text (a decoder
 * never joins an ASCII byte into a replacement character), so the file need not be decoded.
 */
function needlesOf(markers) {
    const texts = [...new Set(markers)];
    for (const text of texts)
        if (text === '' || !/^[\x20-\x7e]+$/.test(text))
            throw new Error(`a raw-text marker must be printable ASCII: ${JSON.stringify(text)}`);
    return texts.map((t) => Buffer.from(t, 'latin1'));
}
/**
 * Escapes YAML's double-quoted scalars decode into the characters markers are made of: `\x74`,
 * `\u0074`, `\U00000074`, `\/`, a line break joined by a backslash (`"task\\u23cemanager"`), and any
 * escape YAML does not know (parsers differ on those). The harmless ones: `\0 \a \b \e \f \n \r
 * \t \v \N \_ \L \P`, an escaped space, quote, backslash or tab. A text holding any other escape
 * is kept: the markers may be spelled in it.
 */
const HARMLESS_ESCAPE = new Set([...'0abefnrtvNLP_ "\\\t'].map((c) => c.charCodeAt(0)));
const BACKSLASH = 0x5c;
function mayBeEscaped(buffer) {
    for (let at = buffer.indexOf(BACKSLASH); at >= 0; at = buffer.indexOf(BACKSLASH, at + 2)) {
        if (at + 1 >= buffer.length || !HARMLESS_ESCAPE.has(buffer[at + 1]))
            return true;
    }
    return false;
}
/** The prefilter of every format `loadFile` reads. */
const prefilter = makePrefilter();

;// CONCATENATED MODULE: ./src/sources/discover/discover.ts












/** YAML files, also as templates (`.yaml.template`, `.yml.tpl`, `.yaml.j2`). */
const YAML_NAME = /\.ya?ml(?:\.(?:template|tmpl|tpl|j2|jinja2?|in|example|sample|dist))?$/i;
/** Whether discovery would look at a file of this name (a YAML file, a `flink-conf.yaml` template, a Dockerfile, a Helm chart's `_helpers.tpl`). */
function isCandidateName(name) {
    return YAML_NAME.test(name) || isFlinkConfName(name) || isDockerfileName(name) || isHelmHelpersName(name);
}
/** Never a user's config: git's own files and installed packages, even where git does not ignore them. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** Finds the files that may hold Flink configurations under the given paths. */
function discover(options) {
    const { listed, notices } = listCandidates(options);
    const stats = { ruledOut: 0 };
    const candidates = readCandidates(listed, notices, stats);
    return Promise.resolve({ candidates, notices, files: listed.length, ruledOut: stats.ruledOut });
}
/** The files under the given paths that may hold Flink configurations, by name; none read. */
function listCandidates(options) {
    const cwd = external_node_path_default().resolve(options.cwd);
    const notices = [];
    const include = options.include?.length ? picomatch_default()([...options.include], { dot: true }) : undefined;
    const exclude = options.exclude?.length ? picomatch_default()([...options.exclude], { dot: true }) : undefined;
    const seen = new Set();
    const listed = [];
    for (const given of options.paths.length > 0 ? options.paths : ['.']) {
        const absolute = external_node_path_default().resolve(cwd, given);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            notices.push({ code: 'path-not-found', message: `${given}: no such file or folder` });
            continue;
        }
        const base = stat.isDirectory() ? absolute : external_node_path_default().dirname(absolute);
        // A path in the workspace reads only the workspace, even through a committed symbolic link;
        // one the caller names outside it is read where it is.
        const root = (lexicallyInside(cwd, given) ? realRoot(cwd) : realRoot(base)) ?? base;
        const where = confinedPath(absolute, [root]);
        if (!where.ok) {
            notices.push({ code: where.code, message: `${toPosix(given)}: ${where.message}` });
            continue;
        }
        const names = stat.isDirectory() ? listFiles(absolute) : [external_node_path_default().basename(absolute)];
        for (const name of names) {
            // The name decides first: most files of a large tree are not YAML, and paths cost.
            if (!isCandidateName(name))
                continue;
            if (name.split('/').some((part) => ALWAYS_SKIPPED.has(part)))
                continue;
            const file = external_node_path_default().join(base, name);
            const relative = toPosix(external_node_path_default().relative(cwd, file));
            if (seen.has(relative))
                continue;
            seen.add(relative);
            if (include && !include(relative))
                continue;
            if (exclude?.(relative))
                continue;
            listed.push({ file, relative, root });
        }
    }
    listed.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    return { listed, notices };
}
/** Reads the listed files, in order, keeping those that may hold a Flink configuration. */
function readCandidates(listed, notices, stats = { ruledOut: 0 }) {
    const candidates = [];
    const folders = new Map();
    for (const listedFile of listed) {
        const candidate = readCandidate(listedFile, notices, stats, folders);
        if (candidate)
            candidates.push(candidate);
    }
    return candidates;
}
/**
 * Of files given by path (a base revision's), those discovery would list under the same options:
 * by name, never under `.git` or `node_modules`, inside the include and outside the exclude globs.
 */
function selectListed(files, options) {
    const include = options.include?.length ? picomatch_default()([...options.include], { dot: true }) : undefined;
    const exclude = options.exclude?.length ? picomatch_default()([...options.exclude], { dot: true }) : undefined;
    return files.filter(({ path: file }) => isCandidateName(external_node_path_default().posix.basename(file)) &&
        !file.split('/').some((part) => ALWAYS_SKIPPED.has(part)) &&
        (!include || include(file)) &&
        !exclude?.(file));
}
/**
 * Reads one file, synchronously: for the many small files of a repository, a blocking read is
 * several times faster than a round trip through libuv's thread pool per call.
 */
function readCandidate(listed, notices, stats, folders) {
    const { relative } = listed;
    let bytes;
    if (listed.bytes) {
        // Given, and passed to a worker thread as a plain Uint8Array: a view, not a copy.
        bytes = Buffer.from(listed.bytes.buffer, listed.bytes.byteOffset, listed.bytes.byteLength);
    }
    else {
        const read = readConfined(listed.file, [listed.root], undefined, folders);
        if (!read.ok) {
            notices.push({
                code: read.code,
                message: read.message,
                location: { file: relative, line: 1, column: 1 },
            });
            return undefined;
        }
        bytes = read.bytes;
    }
    const utf16 = UTF16_BOMS.find(([bom]) => bytes.subarray(0, 2).equals(bom));
    if (utf16) {
        notices.push({
            code: 'unsupported-encoding',
            message: `Encoded as UTF-16 ${utf16[1]} (it starts with its byte-order mark); Flink and this tool read UTF-8; not read`,
            location: { file: relative, line: 1, column: 1 },
        });
        return undefined;
    }
    // A NUL byte in the first 8 KB: a binary file, named like YAML but not one.
    if (bytes.subarray(0, 8000).includes(0)) {
        notices.push({
            code: 'binary-file',
            message: 'A binary file (it holds NUL bytes); not read',
            location: { file: relative, line: 1, column: 1 },
        });
        return undefined;
    }
    // Ruled out on the raw bytes: most YAML of a repository is never decoded, let alone parsed.
    const keptBy = prefilter(relative, bytes);
    if (!keptBy) {
        stats.ruledOut++;
        return undefined;
    }
    return { path: relative, text: bytes.toString('utf8'), keptBy };
}
const UTF16_BOMS = [
    [Buffer.from([0xff, 0xfe]), 'LE'],
    [Buffer.from([0xfe, 0xff]), 'BE'],
];
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Files under a folder: git's view (tracked and untracked, not ignored) in a work tree, else a walk. */
/** Files under `dir`, relative to it with `/` separators. */
function listFiles(dir) {
    return gitFiles(dir) ?? walk(dir);
}
function gitFiles(dir) {
    const git = (0,external_node_child_process_.spawnSync)('git', [...SAFE_GIT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (git.error || git.status !== 0)
        return undefined;
    return git.stdout.split('\0').filter((f) => f !== '');
}
/** A walk honouring the `.gitignore` files it meets (outside a git work tree). */
function walk(root) {
    const files = [];
    const real = realRoot(root) ?? root;
    const visit = (dir, rules) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir).sort();
        }
        catch {
            return;
        }
        const own = names.includes('.gitignore') ? readIgnore(external_node_path_default().join(dir, '.gitignore'), real) : undefined;
        const active = own ? [...rules, { base: dir, ig: own }] : rules;
        for (const name of names) {
            if (ALWAYS_SKIPPED.has(name))
                continue;
            const full = external_node_path_default().join(dir, name);
            let isDir = false;
            try {
                const stat = (0,external_node_fs_.lstatSync)(full);
                // Symbolic links to folders are not walked: they could lead out of the root or loop.
                isDir = stat.isDirectory();
            }
            catch {
                continue;
            }
            const ignored = active.some(({ base, ig }) => {
                const rel = toPosix(external_node_path_default().relative(base, full));
                return ig.ignores(isDir ? `${rel}/` : rel);
            });
            if (ignored)
                continue;
            if (isDir)
                visit(full, active);
            else
                files.push(toPosix(external_node_path_default().relative(root, full)));
        }
    };
    visit(root, []);
    return files;
}
function readIgnore(file, root) {
    const read = readConfined(file, [root]);
    return read.ok ? ignore_default()().add(read.bytes.toString('utf8')) : undefined;
}

;// CONCATENATED MODULE: ./src/sources/discover/git-revision.ts






/** A repository path that stays inside the folder it is relative to. */
function safeRelative(file) {
    return (file !== '' && !external_node_path_default().isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === ''));
}
/** Whether `cwd` lies inside a git work tree. */
async function insideWorkTree(cwd) {
    const result = await git_git(['rev-parse', '--is-inside-work-tree'], cwd);
    return result.ok && result.stdout.toString('utf8').trim() === 'true';
}
async function haveCommit(cwd, ref) {
    const result = await git_git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}
/**
 * The commit a ref names in the local clone (or `origin/REF`); with `fetch`, fetched shallowly
 * from origin when the clone lacks it.
 */
async function resolveCommit(cwd, ref, options = {}) {
    // A ref is never an option to git.
    if (ref.startsWith('-'))
        return undefined;
    const local = (await haveCommit(cwd, ref)) ?? (await haveCommit(cwd, `origin/${ref}`));
    if (local || !options.fetch)
        return local;
    const fetched = await git_git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], cwd);
    return fetched.ok ? haveCommit(cwd, 'FETCH_HEAD') : undefined;
}
/**
 * The files that differ between `commit` and the head side, renames followed, with paths
 * relative to `cwd` (as `lint()` reports them). The head side is the `HEAD` commit, or the work
 * tree: then untracked files that git does not ignore count as added.
 */
async function changedFiles(cwd, commit, head) {
    if (head === 'work-tree')
        return workTreeChanges(cwd, commit);
    // Two commits: git reads only blobs, never the work tree, so no filter driver can run.
    const diff = await git_git([
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--relative',
        '--no-ext-diff',
        '--no-textconv',
        commit,
        'HEAD',
        '--',
    ], cwd);
    return diff.ok ? parseNameStatus(diff.stdout.toString('utf8')) : undefined;
}
/**
 * The files whose work-tree content differs from `commit`, compared here and not by git: git
 * reads work-tree files through the filter drivers `.gitattributes` names (`filter=lfs` runs
 * git-lfs, and any `filter.NAME.clean` in a git config runs), and the attributes are the
 * repository's. Only files discovery would read are compared; renames are followed as git's
 * rename detection would (`pairRenames`).
 */
async function workTreeChanges(cwd, commit) {
    const [format, tree, listed] = await Promise.all([
        git_git(['rev-parse', '--show-object-format'], cwd),
        treeEntries(cwd, commit),
        git_git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd),
    ]);
    if (!tree || !listed.ok)
        return undefined;
    const algorithm = format.ok && format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
    const base = new Map();
    // Submodules (commits) are not files.
    for (const [file, entry] of tree)
        if (entry.type === 'blob' && isCandidateName(file))
            base.set(file, entry);
    const root = realRoot(cwd) ?? cwd;
    const folders = new Map();
    const touched = [];
    const present = new Set();
    for (const file of new Set(listed.stdout.toString('utf8').split('\0'))) {
        if (file === '' || !isCandidateName(file))
            continue;
        present.add(file);
        const object = base.get(file);
        if (object === undefined)
            touched.push({ path: file });
        else if (blobId(external_node_path_default().join(cwd, file), root, algorithm, object.size, folders) !== object.id)
            touched.push({ path: file, basePath: file });
    }
    const removed = [...base.keys()].filter((file) => !present.has(file));
    for (const file of removed)
        touched.push({ path: file, basePath: file });
    return pairRenames(cwd, tree, root, touched, new Set(removed));
}
/** Git's rename threshold: half of the larger file's content is found in the other (`-M50%`). */
const RENAME_SIMILARITY = 0.5;
/**
 * Pairs each removed file with the added file most like it, where at least half of the larger
 * one's bytes are lines the other has too (git's default rename detection, measured by lines);
 * the pair becomes one touched file renamed from the removed path.
 */
async function pairRenames(cwd, tree, root, touched, removedPaths) {
    const removed = touched.filter((f) => removedPaths.has(f.path));
    const added = touched.filter((f) => f.basePath === undefined);
    if (removed.length === 0 || added.length === 0)
        return touched;
    const read = await readEntries(cwd, tree, removed.map((f) => f.path));
    const before = removed.map((f) => {
        const file = read?.get(f.path);
        return file?.ok ? file.bytes : undefined;
    });
    const after = added.map((f) => {
        const read = readConfined(external_node_path_default().join(cwd, f.path), [root]);
        return read.ok ? read.bytes : undefined;
    });
    const candidates = [];
    for (const [from, a] of before.entries())
        for (const [to, b] of after.entries()) {
            const score = a && b ? similarity(a, b) : 0;
            if (score >= RENAME_SIMILARITY)
                candidates.push({ score, from, to });
        }
    candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
    const renamedFrom = new Map();
    const gone = new Set();
    for (const { from, to } of candidates) {
        if (gone.has(removed[from]) || renamedFrom.has(added[to]))
            continue;
        gone.add(removed[from]);
        renamedFrom.set(added[to], removed[from].path);
    }
    return touched
        .filter((f) => !gone.has(f))
        .map((f) => (renamedFrom.has(f) ? { path: f.path, basePath: renamedFrom.get(f) } : f));
}
/** The share of the larger content, in bytes, made of lines the other content has too. */
function similarity(a, b) {
    const count = new Map();
    for (const line of a.toString('utf8').split('\n'))
        count.set(line, (count.get(line) ?? 0) + 1);
    let common = 0;
    for (const line of b.toString('utf8').split('\n')) {
        const left = count.get(line) ?? 0;
        if (left === 0)
            continue;
        count.set(line, left - 1);
        common += Buffer.byteLength(line) + 1;
    }
    return common / Math.max(a.length, b.length, 1);
}
/**
 * The object id git gives a work-tree file's content as it is (a symbolic link: its target);
 * undefined where it cannot be the base's, a file of another size than `baseSize` among them.
 */
function blobId(file, root, algorithm, baseSize, folders) {
    let content;
    try {
        const stat = (0,external_node_fs_.lstatSync)(file);
        if (stat.isSymbolicLink())
            content = Buffer.from((0,external_node_fs_.readlinkSync)(file));
        else if (baseSize !== undefined && stat.size !== baseSize)
            return undefined;
        else {
            const read = readConfined(file, [root], undefined, folders);
            if (!read.ok)
                return undefined;
            content = read.bytes;
        }
    }
    catch {
        return undefined;
    }
    // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
    return process
        .getBuiltinModule('node:crypto')
        .createHash(algorithm)
        .update(`blob ${content.length}\0`)
        .update(content)
        .digest('hex');
}
/** A file's content at a commit, or undefined where the commit has no such file. */
async function fileAtCommit(cwd, commit, file) {
    const result = await git(['cat-file', 'blob', `${commit}:./${file}`], cwd);
    return result.ok ? result.stdout : undefined;
}
/** The whole tree of a commit under `cwd`, paths relative to it: one `git ls-tree`. */
async function treeEntries(cwd, commit) {
    const tree = await git_git(['ls-tree', '-r', '-z', '-l', commit], cwd);
    if (!tree.ok)
        return undefined;
    const entries = new Map();
    for (const line of tree.stdout.toString('utf8').split('\0')) {
        // `<mode> <type> <object> <size, padded; - for a commit>\t<path>`.
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(line);
        if (!match)
            continue;
        const [, mode, type, id, size, file] = match;
        entries.set(file, { mode, type, id, size: size === '-' ? undefined : Number(size) });
    }
    return entries;
}
/**
 * Files as they are at a commit, paths relative to `cwd`, read in one batch: one `git ls-tree` and
 * one `git cat-file --batch`, however many files. Git reads only blobs (no work tree, no filter or
 * textconv driver); symbolic links, submodules and files over the size limit are refused as the
 * head side refuses them, without reading them. A path the commit lacks is absent from the map;
 * undefined where git cannot list the commit.
 */
async function filesAtCommit(cwd, commit, files) {
    const tree = await treeEntries(cwd, commit);
    return tree && readEntries(cwd, tree, files);
}
async function readEntries(cwd, tree, files) {
    const result = new Map();
    const blobs = [];
    for (const file of new Set(files)) {
        const entry = tree.get(file);
        if (!entry)
            continue;
        const refusal = entry.type !== 'blob'
            ? 'A submodule, not a regular file; not read'
            : entry.mode === '120000'
                ? 'A symbolic link; not followed at the base revision'
                : entry.size !== undefined && entry.size > MAX_FILE_BYTES
                    ? `${entry.size} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`
                    : undefined;
        if (refusal)
            result.set(file, { ok: false, message: refusal });
        else
            blobs.push({ file, id: entry.id });
    }
    if (blobs.length === 0)
        return result;
    const contents = await catFileBatch(cwd, blobs.map((b) => b.id));
    if (!contents)
        return undefined;
    blobs.forEach(({ file }, i) => {
        const bytes = contents[i];
        result.set(file, bytes ? { ok: true, bytes } : { ok: false, message: 'Missing from the repository; not read' });
    });
    return result;
}
/**
 * The contents of blobs by object id, through one `git cat-file --batch` process: ids in on its
 * standard input, `<id> blob <size>\n<bytes>\n` out (`<id> missing` for an unknown one).
 */
function catFileBatch(cwd, ids) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', [...SAFE_GIT, 'cat-file', '--batch'], {
            cwd,
            env: { ...process.env, ...GIT_ENV },
            stdio: ['pipe', 'pipe', 'ignore'],
            timeout: 120_000,
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', () => resolve(undefined));
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
            if (code !== 0)
                return resolve(undefined);
            resolve(parseBatch(Buffer.concat(chunks), ids.length));
        });
        child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
}
function parseBatch(out, count) {
    const contents = [];
    let at = 0;
    while (contents.length < count) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0)
            return undefined;
        const header = out.toString('latin1', at, eol).split(' ');
        at = eol + 1;
        if (header.length !== 3) {
            contents.push(undefined);
            continue;
        }
        const size = Number(header[2]);
        if (!Number.isSafeInteger(size) || at + size > out.length)
            return undefined;
        contents.push(header[1] === 'blob' ? out.subarray(at, at + size) : undefined);
        // The content, then a newline.
        at += size + 1;
    }
    return contents;
}
/** Whether a repository path lies inside one of the linted paths (relative to the same folder). */
function insidePaths(paths) {
    const roots = paths.map((p) => external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, ''));
    return (file) => roots.some((root) => root === '.' || file === root || file.startsWith(`${root}/`));
}

;// CONCATENATED MODULE: ./src/sources/discover/tree-reader.ts


/**
 * The reader the link stage is given for the files other files name (a kustomization's bases and
 * patches, a compose file's `.env`): a listed file from where it was listed (the disk, or a base
 * revision's bytes), else, where the run reads the disk, a file inside the workspace through the
 * confined reader. Binary and UTF-16 files read as nothing; each file is read once.
 */
function treeReader(listed, cwd) {
    const byPath = new Map(listed.map((f) => [f.relative, f]));
    const root = cwd === undefined ? undefined : (realRoot(cwd) ?? cwd);
    const cache = new Map();
    const read = (relative) => {
        if (relative === '' || relative.startsWith('/') || relative.split('/').includes('..'))
            return undefined;
        const found = byPath.get(relative);
        if (found?.bytes)
            return found.bytes;
        if (found) {
            const result = readConfined(found.file, [found.root]);
            return result.ok ? result.bytes : undefined;
        }
        if (root === undefined)
            return undefined;
        const result = readConfined(external_node_path_default().join(root, relative), [root]);
        return result.ok ? result.bytes : undefined;
    };
    return (relative) => {
        if (cache.has(relative))
            return cache.get(relative);
        const bytes = read(relative);
        const buffer = bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const text = buffer && !buffer.subarray(0, 8000).includes(0) && !isUtf16(buffer)
            ? buffer.toString('utf8')
            : undefined;
        cache.set(relative, text);
        return text;
    };
}
const isUtf16 = (bytes) => bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

;// CONCATENATED MODULE: ./src/sources/index.ts
// The door of src/sources: listing and reading files, YAML, and the formats Flink configs come in.
























/***/ })

};

//# sourceMappingURL=cli.788.js.map
