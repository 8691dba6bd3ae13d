using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace UnionHub.Api.Platform;

public sealed class PiiOptions
{
    public const string Section = "Pii";
    /// <summary>The key id new ciphertexts are written with.</summary>
    public string? ActiveKeyId { get; set; }
    /// <summary>Base64 AES-256 keys by id; old ids stay here until every row is re-encrypted.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Base64 HMAC-SHA256 key of the blind indexes. Changing it means re-indexing every row.</summary>
    public string? IndexKey { get; set; }
}

/// <summary>
/// Encrypts personal data at rest (AES-256-GCM, key id in the header so keys can rotate) and computes
/// blind indexes (HMAC-SHA256 of the normalised value) for lookups and uniqueness without plain text.
/// Blob layout: version(1) | keyIdLength(1) | keyId(ASCII) | nonce(12) | tag(16) | ciphertext.
/// </summary>
public sealed class PiiProtector
{
    private const byte Version = 1;
    private readonly string _activeKeyId;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly byte[] _indexKey;

    public PiiProtector(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys, byte[] indexKey)
    {
        if (!keys.ContainsKey(activeKeyId))
        {
            throw new InvalidOperationException($"Pii:ActiveKeyId '{activeKeyId}' has no key in Pii:Keys.");
        }

        if (keys.Values.Any(k => k.Length != 32) || indexKey.Length < 32)
        {
            throw new InvalidOperationException("Pii keys must be 32 bytes (base64).");
        }

        _activeKeyId = activeKeyId;
        _keys = keys.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        _indexKey = indexKey;
    }

    public static PiiProtector FromConfiguration(IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(PiiOptions.Section).Get<PiiOptions>() ?? new PiiOptions();
        if (options.ActiveKeyId is { Length: > 0 } active && options.IndexKey is { Length: > 0 } index)
        {
            return new PiiProtector(active, options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)),
                Convert.FromBase64String(index));
        }

        if (!env.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Personal-data keys are not configured: set Pii:ActiveKeyId, Pii:Keys:<id> and Pii:IndexKey (base64, 32 bytes each).");
        }

        var folder = LocalFolder.Resolve(config, env);
        return new PiiProtector("dev1",
            new Dictionary<string, byte[]> { ["dev1"] = LocalFolder.ReadOrCreateSecret(folder, "pii-dev1.key", 32) },
            LocalFolder.ReadOrCreateSecret(folder, "pii-index.key", 32));
    }

    public byte[] Encrypt(string plaintext)
    {
        var keyId = Encoding.ASCII.GetBytes(_activeKeyId);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var blob = new byte[2 + keyId.Length + 12 + 16 + data.Length];
        blob[0] = Version;
        blob[1] = (byte)keyId.Length;
        keyId.CopyTo(blob, 2);
        var nonce = blob.AsSpan(2 + keyId.Length, 12);
        RandomNumberGenerator.Fill(nonce);
        var tag = blob.AsSpan(2 + keyId.Length + 12, 16);
        var cipher = blob.AsSpan(2 + keyId.Length + 28);
        using var aes = new AesGcm(_keys[_activeKeyId], 16);
        aes.Encrypt(nonce, data, cipher, tag, keyId);
        return blob;
    }

    public string Decrypt(byte[] blob)
    {
        if (blob.Length < 30 || blob[0] != Version)
        {
            throw new CryptographicException("Unknown personal-data blob format.");
        }

        var keyIdLength = blob[1];
        var keyId = blob.AsSpan(2, keyIdLength);
        if (!_keys.TryGetValue(Encoding.ASCII.GetString(keyId), out var key))
        {
            throw new CryptographicException("The key this value was encrypted with is not configured.");
        }

        var nonce = blob.AsSpan(2 + keyIdLength, 12);
        var tag = blob.AsSpan(2 + keyIdLength + 12, 16);
        var cipher = blob.AsSpan(2 + keyIdLength + 28);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(nonce, cipher, tag, plain, keyId);
        return Encoding.UTF8.GetString(plain);
    }

    public string? DecryptOrNull(byte[]? blob) => blob is null ? null : Decrypt(blob);

    /// <summary>Free text (health, disputes, households) for a <c>*_enc</c> column; null stays null.</summary>
    public byte[]? EncryptOrNull(string? text) => text is null ? null : Encrypt(text);

    /// <summary>
    /// Free text kept as ciphertext in a <c>*_enc</c> column beside the plain column it replaced: the ciphertext when there is
    /// one, else the plain value (a row written before encryption, until <see cref="EncryptStoredText"/> rewrote it, or an
    /// erasure marker).
    /// </summary>
    public string? DecryptText(byte[]? encrypted, string? plain) => encrypted is null ? plain : Decrypt(encrypted);

    /// <summary>A stored file written under the active key, chunk by chunk (<see cref="FileEncryptor"/>).</summary>
    public FileEncryptor StartFile() => FileEncryptor.Start(_activeKeyId, _keys[_activeKeyId]);

    /// <summary>A file already held in memory (a row stored plain before encryption), in the same chunked format.</summary>
    public byte[] EncryptFile(ReadOnlySpan<byte> plain)
    {
        using var file = StartFile();
        var offset = 0;
        do
        {
            var length = Math.Min(FileEncryptor.ChunkBytes, plain.Length - offset);
            file.Append(plain.Slice(offset, length), last: offset + length == plain.Length);
            offset += length;
        }
        while (offset < plain.Length);

        return file.ToArray();
    }

    /// <summary>The plain bytes of a stored file; a file stored before encryption (plain) is returned as it is.</summary>
    public byte[] DecryptFile(byte[] stored) =>
        FileEncryptor.IsEncrypted(stored) ? FileEncryptor.Decrypt(stored, id => _keys.GetValueOrDefault(id)) : stored;

    /// <summary>Blind index: HMAC-SHA256 over a purpose label and the normalised value (purposes never collide).</summary>
    public byte[] Index(string purpose, string normalisedValue)
    {
        var bytes = Encoding.UTF8.GetBytes(purpose + "\u001f" + normalisedValue);
        return HMACSHA256.HashData(_indexKey, bytes);
    }

    public byte[] IdNumberIndex(string normalisedIdNumber) => Index("id", normalisedIdNumber);
    public byte[] NameIndex(string name) => Index("name", name.Trim());
    public byte[] PhoneIndex(string phone) => Index("phone", phone);

    /// <summary>A short, non-reversible label for logs and rate-limit buckets (never the value itself).</summary>
    public string Label(string purpose, string value) => Convert.ToHexString(Index(purpose, value), 0, 8);

    internal static ulong RandomUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
}

/// <summary>Masks personal data for every response, as the contract fixes them.</summary>
public static partial class Mask
{
    /// <summary>110115********123X: first 6 and last 4.</summary>
    public static string IdNumber(string id) =>
        id.Length <= 10 ? new string('*', id.Length) : string.Concat(id.AsSpan(0, 6), new string('*', id.Length - 10), id.AsSpan(id.Length - 4));

    /// <summary>138****5678.</summary>
    public static string Phone(string phone) =>
        phone.Length < 7 ? new string('*', phone.Length) : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));

    /// <summary>王*明: first and last character; a two-character name shows only the first (王*).</summary>
    public static string Name(string name)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext())
        {
            elements.Add(chars.GetTextElement());
        }

        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
    /// <summary>
    /// Free text written by staff for members (broadcasts): mainland mobile numbers and resident ID numbers in it masked as
    /// <see cref="Phone"/> and <see cref="IdNumber"/> mask them.
    /// </summary>
    public static string InText(string text) =>
        MobileInText().Replace(IdNumberInText().Replace(text, m => IdNumber(m.Value)), m => Phone(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex IdNumberInText();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex MobileInText();
}

/// <summary>
/// Stored files encrypted at rest with the personal-data key ring, chunk by chunk as they are read (the plain file is never
/// held whole): AES-256-GCM per <see cref="ChunkBytes"/> of plain text. Layout:
/// <c>"UHF1" | keyIdLength(1) | keyId(ASCII) | noncePrefix(8) | (ciphertext | tag(16))*</c>. Chunk i's nonce is the prefix
/// followed by i (big-endian uint32) with the top bit set on the last chunk, and the header is each chunk's associated
/// data, so chunks cannot be reordered, dropped, truncated or moved to another file or key.
/// </summary>
public sealed class FileEncryptor : IDisposable
{
    public const int ChunkBytes = 64 * 1024;
    private const int TagBytes = 16;
    private static readonly byte[] Magic = "UHF1"u8.ToArray();

    private readonly AesGcm _aes;
    private readonly byte[] _header;
    private readonly MemoryStream _output = new();
    private uint _index;

    private FileEncryptor(string keyId, byte[] key)
    {
        var id = Encoding.ASCII.GetBytes(keyId);
        _header = [.. Magic, (byte)id.Length, .. id, .. RandomNumberGenerator.GetBytes(8)];
        _aes = new AesGcm(key, TagBytes);
        _output.Write(_header);
    }

    internal static FileEncryptor Start(string keyId, byte[] key) => new(keyId, key);

    /// <summary>Encrypts the next chunk (exactly <see cref="ChunkBytes"/> unless <paramref name="last"/>).</summary>
    public void Append(ReadOnlySpan<byte> plain, bool last)
    {
        if (!last && plain.Length != ChunkBytes)
        {
            throw new ArgumentException("Only the last chunk may be shorter.", nameof(plain));
        }

        var cipher = new byte[plain.Length + TagBytes];
        _aes.Encrypt(Nonce(_header, _index++, last), plain, cipher.AsSpan(0, plain.Length), cipher.AsSpan(plain.Length), _header);
        _output.Write(cipher);
    }

    /// <summary>The stored form, once the last chunk is appended.</summary>
    public byte[] ToArray() => _output.ToArray();

    public void Dispose()
    {
        _aes.Dispose();
        _output.Dispose();
    }

    /// <summary>Whether a stored file is in this format (files stored before encryption are plain JPEG/PNG/PDF).</summary>
    public static bool IsEncrypted(ReadOnlySpan<byte> stored) => stored.StartsWith(Magic);

    internal static byte[] Decrypt(ReadOnlySpan<byte> stored, Func<string, byte[]?> keyOf)
    {
        if (!IsEncrypted(stored) || stored.Length < Magic.Length + 1)
        {
            throw new CryptographicException("Unknown stored-file format.");
        }

        var headerLength = Magic.Length + 1 + stored[Magic.Length] + 8;
        var header = stored[..headerLength].ToArray();
        var key = keyOf(Encoding.ASCII.GetString(header, Magic.Length + 1, stored[Magic.Length]))
            ?? throw new CryptographicException("The key this file was encrypted with is not configured.");
        using var aes = new AesGcm(key, TagBytes);
        using var plain = new MemoryStream();
        var body = stored[headerLength..];
        uint index = 0;
        do
        {
            var length = Math.Min(ChunkBytes + TagBytes, body.Length);
            if (length < TagBytes)
            {
                throw new CryptographicException("The stored file is truncated.");
            }

            var last = length == body.Length;
            var chunk = new byte[length - TagBytes];
            aes.Decrypt(Nonce(header, index++, last), body[..chunk.Length], body.Slice(chunk.Length, TagBytes), chunk, header);
            plain.Write(chunk);
            body = body[length..];
        }
        while (!body.IsEmpty);

        return plain.ToArray();
    }

    private static byte[] Nonce(byte[] header, uint index, bool last)
    {
        var nonce = new byte[12];
        header.AsSpan(header.Length - 8).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), index | (last ? 0x8000_0000u : 0));
        return nonce;
    }
}
