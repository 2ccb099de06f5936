using System.Text;
using ReportSdk.Payload;

namespace ReportSdk.Tests.Payload;

public class CodeTableTests
{
    [Fact]
    public void Every_code_finds_its_entry_by_its_bytes_and_others_find_nothing()
    {
        var codes = Enumerable.Range(0, 200).Select(i => $"code-{i}").ToArray();
        var table = new CodeTable<string>(codes, c => c);

        Assert.All(codes, c => Assert.Same(c, table.Find(Encoding.UTF8.GetBytes(c))));
        Assert.Null(table.Find("code-200"u8));
        Assert.Null(table.Find(""u8));
    }

    [Fact]
    public void An_empty_table_finds_nothing()
        => Assert.Null(new CodeTable<string>([], c => c).Find("percent"u8));
}
