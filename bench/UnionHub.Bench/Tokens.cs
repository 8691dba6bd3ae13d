using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace UnionHub.Bench;

public static class Tokens
{
    /// <summary>tokens KEY ISSUER AUDIENCE MINUTES IDS_FILE OUT_FILE: one member JWT a line, in the order of the ids.</summary>
    public static int Write(string[] args)
    {
        var key = Convert.FromBase64String(args[1]);
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var exp = now + (60L * int.Parse(args[4], CultureInfo.InvariantCulture));
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        using var hmac = new HMACSHA256(key);
        using var output = new StreamWriter(args[6]);
        var count = 0;
        foreach (var line in File.ReadLines(args[5]))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var payload = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sub"] = line.Trim(),
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["kind"] = "member",
                ["role"] = new[] { "member" },
                ["iss"] = args[2],
                ["aud"] = args[3],
                ["iat"] = now,
                ["nbf"] = now - 60,
                ["exp"] = exp,
            });
            var unsigned = header + "." + B64(Encoding.UTF8.GetBytes(payload));
            output.WriteLine(unsigned + "." + B64(hmac.ComputeHash(Encoding.ASCII.GetBytes(unsigned))));
            count++;
        }

        Console.WriteLine($"    wrote {count} member tokens");
        return 0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port);
        return 0;
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
