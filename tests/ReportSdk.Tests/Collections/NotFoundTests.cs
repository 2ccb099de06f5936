using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Collections;

/// <summary>A lookup that finds nothing names the closest id, key or code, as a finding does; none when nothing is close.</summary>
public class NotFoundTests
{
    [Fact]
    public void A_mistyped_report_id_names_the_closest_in_the_generated_and_the_runtime_lookup()
    {
        var generated = Assert.Throws<KeyNotFoundException>(() => Reports.Get("luoyang-2023-gw"));
        var collection = Assert.Throws<KeyNotFoundException>(() => Reports.All.Get("luoyang-2023-gw"));

        Assert.Equal("no report with id 'luoyang-2023-gw'; did you mean 'luoyang-2023-gwr'?", generated.Message);
        Assert.Equal(generated.Message, collection.Message);
    }

    [Fact]
    public void A_mistyped_target_key_names_the_closest_key_of_the_list()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Reports.Luoyang2021.Targets.Get("gdp-grwoth"));

        Assert.Equal("no target with key 'gdp-grwoth'; did you mean 'gdp-growth'?", error.Message);
    }

    [Fact]
    public void Mistyped_registry_codes_name_the_closest_code()
    {
        Assert.Equal("no unit with code '100m-yaun'; did you mean '100m-yuan'?", Assert.Throws<KeyNotFoundException>(() => Units.Get("100m-yaun")).Message);
        Assert.Equal("no indicator with code 'gdp-grow'; did you mean 'gdp-growth'?", Assert.Throws<KeyNotFoundException>(() => Reports.Registry.GetIndicator("gdp-grow")).Message);
        Assert.Equal("no region with code 'jainxi'; did you mean 'jianxi'?", Assert.Throws<KeyNotFoundException>(() => Regions.Get("jainxi")).Message);
    }

    [Fact]
    public void Two_ids_equally_close_give_no_suggestion()
    {
        // luoyang-2012: one edit from 2017 and one swap from 2021; a hint that may be wrong is worse than none.
        var error = Assert.Throws<KeyNotFoundException>(() => Reports.Get("luoyang-2012-gwr"));

        Assert.Equal("no report with id 'luoyang-2012-gwr'", error.Message);
    }

    [Fact]
    public void Nothing_close_gives_the_plain_message()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Reports.Get("nowhere-1999-gwr"));

        Assert.Equal("no report with id 'nowhere-1999-gwr'", error.Message);
    }
}
