using System.Reflection;
using ReportSdk.Compiler.Naming;

namespace ReportSdk.Generator.Tests.Naming;

/// <summary>
/// The names the validator keeps free are the names the real runtime types have: a member
/// added to <c>Report</c>, <c>Section</c> or a list fails here until <see cref="GeneratedNames"/>
/// knows it, so no key can silently collide with it in generated code.
/// </summary>
public class GeneratedNamesTests
{
    [Fact]
    public void Object_members_are_those_of_object()
        => Assert.Equal(MembersOf(typeof(object)), Sorted(GeneratedNames.ObjectMembers));

    [Fact]
    public void Report_members_are_those_of_the_runtime_Report()
        => Assert.Equal(MembersOf(typeof(Report)).Except(GeneratedNames.ObjectMembers), Sorted(GeneratedNames.ReportMembers));

    [Fact]
    public void Section_members_are_those_of_the_runtime_Section()
        => Assert.Equal(MembersOf(typeof(Section)).Except(GeneratedNames.ObjectMembers), Sorted(GeneratedNames.SectionMembers));

    [Fact]
    public void Section_list_members_are_those_of_the_runtime_SectionList()
        => Assert.Equal(MembersOf(typeof(SectionList)).Except(GeneratedNames.ObjectMembers), Sorted(GeneratedNames.SectionListMembers));

    [Theory]
    [InlineData(typeof(TargetList))]
    [InlineData(typeof(ActualList))]
    public void Figure_list_members_are_those_of_the_runtime_lists(Type list)
        => Assert.Equal(MembersOf(list).Except(GeneratedNames.ObjectMembers), Sorted(GeneratedNames.FigureListMembers));

    /// <summary>Public and protected member names a derived class would see, accessors and constructors left out.</summary>
    private static List<string> MembersOf(Type type)
        => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(m => m.MemberType != MemberTypes.Constructor && IsVisibleToDerived(m))
            .Where(m => m is not MethodInfo { IsSpecialName: true })
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsVisibleToDerived(MemberInfo member) => member switch
    {
        MethodInfo m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        EventInfo => true,
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static List<string> Sorted(IEnumerable<string> names) => names.Distinct().Order(StringComparer.Ordinal).ToList();
}
