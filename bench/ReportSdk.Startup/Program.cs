using System.Globalization;
using ReportSdk.Startup;

// ReportSdk.Startup measure --bin DIR --repo DIR --results DIR [--rounds N] [--corpus-count N] [--ready-to-run EXE]
// ReportSdk.Startup summarize --results DIR --repo DIR [--smoke 1]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
string Option(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException("missing " + name);

switch (args.FirstOrDefault())
{
    case "measure":
        return StartupMeasurement.Run(Option("--bin"), Option("--repo"), Option("--results"),
            int.Parse(options.GetValueOrDefault("--rounds") ?? "30", CultureInfo.InvariantCulture),
            int.Parse(options.GetValueOrDefault("--corpus-count") ?? "1000", CultureInfo.InvariantCulture), options.GetValueOrDefault("--ready-to-run"));
    case "summarize":
        return Summary.Write(Option("--results"), Option("--repo"), options.GetValueOrDefault("--smoke") == "1");
    default:
        Console.Error.WriteLine("usage: ReportSdk.Startup measure|summarize …");
        return 2;
}
