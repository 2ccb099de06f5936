namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with an approved file under Snapshots/. A missing or different
/// snapshot fails the test and leaves <c>*.received.cs</c> beside it to inspect; nothing is
/// approved unless REPORTSDK_ACCEPT_SNAPSHOTS=1 is set, and even then the run fails once so
/// that accepting is always a deliberate, reviewed change. CI fails on any file a test run leaves.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepoPaths.TestProject, "Snapshots");
        var approved = Path.Combine(folder, name);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("REPORTSDK_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approved, actual);
            Assert.Fail($"snapshot {name} written; review the diff and run the tests again");
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no approved snapshot {name}; inspect {received} and approve it with REPORTSDK_ACCEPT_SNAPSHOTS=1"
            : $"{name} differs from the approved snapshot at line {FirstDifference(expected, actual)}; see {received}");
    }

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i]) return i + 1;
        }
        return Math.Min(a.Length, b.Length) + 1;
    }
}
