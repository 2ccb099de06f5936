using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Tests.Output;

public class HeadingAnchorTests
{
    [Theory]
    [InlineData("RS1001 — YAML syntax error", "rs1001--yaml-syntax-error")]
    [InlineData("RS1007 — Key is not kebab-case or gives no valid C# identifier", "rs1007--key-is-not-kebab-case-or-gives-no-valid-c-identifier")]
    [InlineData("RS2004 — Unknown code (bound, kind, role or reason)", "rs2004--unknown-code-bound-kind-role-or-reason")]
    [InlineData("Where findings appear", "where-findings-appear")]
    [InlineData("snake_case stays", "snake_case-stays")]
    [InlineData("洛阳 报告", "洛阳-报告")]
    public void Anchor_is_githubs_lowercase_with_punctuation_dropped_and_spaces_as_hyphens(string heading, string anchor)
        => Assert.Equal(anchor, HeadingAnchor.Of(heading));
}
