// The analyzer carries the compiler alone: lists every type of every assembly under
// analyzers/dotnet/cs/ of a package and fails when one is a curator's tool. Run by .ci/run on the
// packed ReportSdk package:  dotnet run .ci/AnalyzerTypes.cs -- artifacts/packages/ReportSdk.<version>.nupkg
// Exit 0: none found; 1: curator's types found (each printed); 2: usage, or no assembly in the folder
// or none named ReportSdk.Compiler.dll (the compiler).
#:property TreatWarningsAsErrors=true
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

const string AnalyzerFolder = "analyzers/dotnet/cs/";
// Drafting, coverage, the review site and the editors' schema writers belong to the tool (src/ReportSdk.Curation, src/ReportSdk.Cli).
var curatorsType = new Regex(@"^(Draft.*|Coverage.*|.*SchemaWriter|Site.*)$");
const string CuratorsNamespace = "ReportSdk.Curation";

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run .ci/AnalyzerTypes.cs -- PACKAGE.nupkg");
    return 2;
}

using var package = ZipFile.OpenRead(args[0]);
var assemblies = package.Entries
    .Where(e => e.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    .OrderBy(e => e.FullName, StringComparer.Ordinal)
    .ToList();
if (assemblies.Count == 0)
{
    Console.Error.WriteLine($"{args[0]}: no assembly under {AnalyzerFolder}");
    return 2;
}
// The compiler is what the analyzer is for: its assembly, named for what it is, must be among those read.
const string CompilerAssembly = AnalyzerFolder + "ReportSdk.Compiler.dll";
if (!assemblies.Any(e => e.FullName == CompilerAssembly))
{
    Console.Error.WriteLine($"{args[0]}: no {CompilerAssembly}; found {string.Join(", ", assemblies.Select(e => e.FullName))}");
    return 2;
}

var found = new List<string>();
foreach (var entry in assemblies)
{
    // PEReader needs a seekable stream: the entry is copied to memory.
    using var bytes = new MemoryStream();
    using (var stream = entry.Open()) stream.CopyTo(bytes);
    bytes.Position = 0;
    using var pe = new PEReader(bytes);
    var metadata = pe.GetMetadataReader();
    var count = 0;
    foreach (var handle in metadata.TypeDefinitions)
    {
        var type = metadata.GetTypeDefinition(handle);
        var name = metadata.GetString(type.Name);
        // A nested type is named by its outermost type's namespace and its path of types (Outer/Nested).
        var path = name;
        var outer = type;
        while (!outer.GetDeclaringType().IsNil)
        {
            outer = metadata.GetTypeDefinition(outer.GetDeclaringType());
            path = metadata.GetString(outer.Name) + "/" + path;
        }
        var ns = metadata.GetString(outer.Namespace);
        count++;
        // A generic type's name ends in `N; compiler-generated names (<Module>, <>c) match no pattern.
        var plain = name.Split('`')[0];
        if (curatorsType.IsMatch(plain) || ns == CuratorsNamespace || ns.StartsWith(CuratorsNamespace + ".", StringComparison.Ordinal))
            found.Add($"{entry.FullName}: {(ns.Length == 0 ? "" : ns + ".")}{path}");
    }
    Console.WriteLine($"{entry.FullName}: {count} types");
}

foreach (var type in found) Console.WriteLine($"a curator's type in the analyzer: {type}");
return found.Count == 0 ? 0 : 1;
