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
public static class Mask
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
}
