using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("洛阳", "03b03c1ef4170aee9213fc03e9ac976cbb5e990f646bcf8e9bd3df21688155d0")]
    public void Text_hash_is_lower_case_hex_of_the_UTF8_bytes(string text, string expected)
    {
        Assert.Equal(expected, Sha256.OfText(text));
    }

    [Fact]
    public void Windows_CRLF_text_hashes_equal_to_LF()
    {
        const string lf = "911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"; // sha256 of "a\nb\n"

        Assert.Equal(lf, Sha256.OfText("a\nb\n"));
        Assert.Equal(lf, Sha256.OfText("a\r\nb\r\n"));
    }

    [Fact]
    public void Hashes_of_different_texts_differ()
    {
        Assert.NotEqual(Sha256.OfText("a\nb\n"), Sha256.OfText("a\nb"));
    }

    [Fact]
    public void Bytes_are_hashed_as_they_are()
    {
        Assert.NotEqual(Sha256.OfText("a\nb\n"), Sha256.OfBytes("a\r\nb\r\n"u8.ToArray()));
        Assert.Equal(Sha256.OfText("a\nb\n"), Sha256.OfBytes("a\nb\n"u8.ToArray()));
    }
}
