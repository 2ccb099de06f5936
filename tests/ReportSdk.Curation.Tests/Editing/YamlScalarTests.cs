using ReportSdk.Curation.Editing;
using YamlDotNet.RepresentationModel;

namespace ReportSdk.Curation.Tests.Editing;

public class YamlScalarTests
{
    public static TheoryData<string> Texts() => new()
    {
        "生产总值增长8%以上", "key-work", "一、", "（一）", "a: b", "x #y", "- item", "[1]", "{a}", "a,b",
        "null", "true", "~", " leading", "trailing ", "say \"hi\"", "back\\slash", "line\nbreak", "cr\rlf",
        "tab\there", "\u2028sep", "\uFEFFbom", "\u0007bell", "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Plain_and_quoted_scalars_read_back_as_the_same_text(string text)
    {
        Assert.Equal(text, ReadBack(YamlScalar.Plain(text)));
        Assert.Equal(text, ReadBack(YamlScalar.Quoted(text)));
    }

    [Fact]
    public void Safe_text_stays_plain_and_text_that_means_something_to_yaml_is_quoted()
    {
        Assert.Equal("生产总值增长8%以上", YamlScalar.Plain("生产总值增长8%以上"));
        Assert.Equal("\"a: b\"", YamlScalar.Plain("a: b"));
        Assert.Equal("\"true\"", YamlScalar.Plain("true"));
        Assert.Equal("\"a\\u2028b\"", YamlScalar.Quoted("a\u2028b"));
    }

    private static string ReadBack(string scalar)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("value: " + scalar + "\n"));
        var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlScalarNode)mapping.Children[new YamlScalarNode("value")]).Value!;
    }
}
