using System.Collections.Immutable;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Generator.Tests.Infrastructure;

public class ValueEqualityTests
{
    private sealed record Entry(string Code, decimal? Scale, DiagnosticKind Kind, (int Index, string Path) At);

    private sealed record Registry(EquatableArray<Entry> Entries, bool HasData);

    private sealed record RegistryWithNotes(EquatableArray<Entry> Entries, List<string> Notes);

    private sealed record RegistryWithCache(EquatableArray<Entry> Entries, Cache Cache);

    private sealed record RegistryWithCodes(ImmutableArray<string> Codes);

    private sealed record Words(string[] Items);

    private sealed class Cache;

    private enum DiagnosticKind { Error }

    [Fact]
    public void Records_of_strings_numbers_enums_tuples_and_equatable_arrays_compare_by_value()
    {
        var registry = new Registry(new[] { new Entry("percent", 1m, DiagnosticKind.Error, (0, "units")) }.ToEquatableArray(), true);

        Assert.Empty(ValueEquality.Violations(registry, "registry"));
    }

    [Fact]
    public void A_list_member_of_a_record_is_reported_with_its_path()
    {
        var registry = new RegistryWithNotes(EquatableArray<Entry>.Empty, ["a note"]);

        Assert.Equal(["registry.Notes: List<String>"], ValueEquality.Violations(registry, "registry"));
    }

    [Fact]
    public void A_plain_class_member_of_a_record_is_reported()
    {
        var registry = new RegistryWithCache(EquatableArray<Entry>.Empty, new Cache());

        Assert.Equal(["registry.Cache: Cache"], ValueEquality.Violations(registry, "registry"));
    }

    [Fact]
    public void An_ImmutableArray_is_reported_though_it_implements_IEquatable_by_reference()
    {
        var registry = new RegistryWithCodes(["percent"]);

        Assert.Equal(["registry.Codes: ImmutableArray<String>"], ValueEquality.Violations(registry, "registry"));
    }

    [Fact]
    public void An_array_inside_an_item_of_an_EquatableArray_is_reported_at_its_index()
    {
        var items = new[] { new Words(["a"]), new Words(["b"]) }.ToEquatableArray();

        Assert.Equal(["words[0].Items: String[]", "words[1].Items: String[]"], ValueEquality.Violations(items, "words"));
    }
}
