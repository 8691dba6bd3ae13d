using System.Security.Cryptography;
using System.Text;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class FileEncryptionTests
{
    private static readonly byte[] T1 = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] T2 = RandomNumberGenerator.GetBytes(32);

    private static PiiProtector Ring(string active, params (string Id, byte[] Key)[] keys) =>
        new(active, keys.ToDictionary(k => k.Id, k => k.Key), new byte[32]);

    private static byte[] Encrypt(PiiProtector pii, byte[] plain) => pii.EncryptFile(plain);

    private static byte[] File(int size)
    {
        var data = new byte[size];
        for (var i = 0; i < size; i++)
        {
            data[i] = (byte)"MEDICAL-RECORD-"[i % 15];
        }

        return data;
    }

    [TestCase(1)]
    [TestCase(FileEncryptor.ChunkBytes)]
    [TestCase(FileEncryptor.ChunkBytes * 3)]
    [TestCase(FileEncryptor.ChunkBytes * 3 + 7)]
    public void A_file_round_trips_chunk_by_chunk_without_its_plain_bytes_in_the_stored_form(int size)
    {
        var pii = Ring("t1", ("t1", T1));
        var plain = File(size);
        var stored = Encrypt(pii, plain);
        Assert.That(FileEncryptor.IsEncrypted(stored));
        Assert.That(pii.DecryptFile(stored), Is.EqualTo(plain));
        Assert.That(Encoding.ASCII.GetString(stored), Does.Not.Contain("MEDICAL-RECORD"));
        Assert.That(Encrypt(pii, plain), Is.Not.EqualTo(stored), "a fresh nonce prefix per file");
    }

    [Test]
    public void Files_and_texts_written_under_t1_are_read_after_the_active_key_becomes_t2()
    {
        var plain = File(FileEncryptor.ChunkBytes * 2 + 100);
        var storedUnderT1 = Encrypt(Ring("t1", ("t1", T1)), plain);
        var textUnderT1 = Ring("t1", ("t1", T1)).Encrypt("住院病历：尿毒症");
        var rotated = Ring("t2", ("t1", T1), ("t2", T2));
        Assert.That(rotated.DecryptFile(storedUnderT1), Is.EqualTo(plain));
        Assert.That(rotated.Decrypt(textUnderT1), Is.EqualTo("住院病历：尿毒症"));

        var storedUnderT2 = Encrypt(rotated, plain);
        Assert.That(storedUnderT2.AsSpan(5, 2).ToArray(), Is.EqualTo("t2"u8.ToArray()), "new files carry the new key id");
        Assert.Throws(Is.InstanceOf<CryptographicException>(), () => Ring("t1", ("t1", T1)).DecryptFile(storedUnderT2),
            "a ring without t2 cannot read them");
    }

    [Test]
    public void Tampered_truncated_or_reordered_files_are_refused_and_plain_legacy_files_pass_through()
    {
        var pii = Ring("t1", ("t1", T1));
        var stored = Encrypt(pii, File(FileEncryptor.ChunkBytes * 2 + 10));
        var flipped = (byte[])stored.Clone();
        flipped[^1] ^= 1;
        Assert.Throws(Is.InstanceOf<CryptographicException>(), () => pii.DecryptFile(flipped));
        var header = 4 + 1 + 2 + 8;
        var chunk = FileEncryptor.ChunkBytes + 16;
        var truncated = stored[..(header + 2 * chunk)];
        Assert.Throws(Is.InstanceOf<CryptographicException>(), () => pii.DecryptFile(truncated), "the last full chunk is not marked last");
        byte[] swapped = [.. stored[..header], .. stored[(header + chunk)..(header + 2 * chunk)], .. stored[header..(header + chunk)], .. stored[(header + 2 * chunk)..]];
        Assert.Throws(Is.InstanceOf<CryptographicException>(), () => pii.DecryptFile(swapped));

        byte[] legacy = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        Assert.That(pii.DecryptFile(legacy), Is.EqualTo(legacy));
    }
}
