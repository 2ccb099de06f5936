using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>
/// Finds what in a value is compared by reference: a generator step's output must be equal to
/// the same output computed again, or every step after it re-runs and the IDE re-emits on every
/// keystroke. A record compares each of its fields, so every field must compare by value too,
/// all the way down; a list, an array, an <see cref="ImmutableArray{T}"/> or a plain class does not.
/// </summary>
public static class ValueEquality
{
    /// <summary>One line per member whose type compares by reference: its path from <paramref name="value"/> and the type.</summary>
    public static IReadOnlyList<string> Violations(object? value, string path = "")
    {
        var violations = new List<string>();
        Walk(value, path, violations, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return violations;
    }

    private static void Walk(object? value, string path, List<string> violations, HashSet<object> seen)
    {
        if (value is null) return;
        var type = value.GetType();
        if (IsScalar(type)) return;
        if (!type.IsValueType && !seen.Add(value)) return;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var i = 0;
            foreach (var item in (System.Collections.IEnumerable)value) Walk(item, $"{path}[{i++}]", violations, seen);
        }
        else if (IsRecord(type) || IsValueTuple(type))
        {
            // The compiler's equality of a record or a tuple compares every field with its type's own Equals.
            foreach (var field in InstanceFields(type)) Walk(field.GetValue(value), $"{path}.{MemberName(field)}", violations, seen);
        }
        else if (!ComparesByValue(type))
        {
            violations.Add($"{(path.Length == 0 ? "(the value)" : path)}: {Describe(type)}");
        }
    }

    private static bool IsScalar(Type type)
        => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);

    // Records (class or struct) have a compiler-written PrintMembers, and their Equals is written by the compiler too.
    private static bool IsRecord(Type type)
        => type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(StringBuilder)]) is { } print
           && print.IsDefined(typeof(CompilerGeneratedAttribute));

    private static bool IsValueTuple(Type type)
        => type.IsValueType && type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);

    // A hand-written IEquatable<T> of the type itself is taken at its word, except ImmutableArray's, which compares the array reference.
    private static bool ComparesByValue(Type type)
        => !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
           && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)) yield return field;
        }
    }

    // <Sections>k__BackingField → Sections
    private static string MemberName(FieldInfo field)
        => field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;

    private static string Describe(Type type)
        => type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
}
