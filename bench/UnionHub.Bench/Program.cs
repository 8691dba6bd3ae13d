using UnionHub.Bench;

// ./dev bench helper (eng/bench.sh drives it; every command prints its progress and writes its numbers as JSON).
//   port                                                         : a free TCP port on 127.0.0.1
//   tokens KEY ISSUER AUDIENCE MINUTES IDS_FILE OUT_FILE          : one member JWT a line (HS256, as the API issues them)
//   claims --url U --tokens F --perk ID --out F [--cs CS] ...     : claim traffic as the SDK sends it (see Load.cs)
//   get --url U --path P --out F [--tokens F] ...                 : GET traffic through the same client (its overhead)
//   naive --cs CS --perk ID --clients 8,16,32 --seconds S --out F : the naive one-transaction-per-claim ceiling, both variants
//   wrk --url U --path P --out F [--script S] ...                 : runs wrk and keeps its numbers
//   check --cs CS --perk ID --phase NAME --out F                  : the promises, checked with SQL
//   report --dir DIR --out FILE                                   : bench/RESULTS.md from the run's JSON files
Args Options() => Args.Parse(args.Skip(1));
try
{
    return args.FirstOrDefault() switch
    {
        "port" => Tokens.FreePort(),
        "tokens" when args.Length == 7 => Tokens.Write(args),
        "claims" => await Load.RunAsync(Options(), claims: true),
        "get" => await Load.RunAsync(Options(), claims: false),
        "naive" => await Naive.RunAsync(Options()),
        "wrk" => await Wrk.RunAsync(Options()),
        "check" => await Checks.RunAsync(Options()),
        "report" => Report.Write(Options()),
        _ => Usage(),
    };
}
catch (ArgsException ex)
{
    Console.Error.WriteLine("bench: " + ex.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: UnionHub.Bench port | tokens ... | claims ... | get ... | naive ... | wrk ... | check ... | report ... (see Program.cs)");
    return 2;
}
