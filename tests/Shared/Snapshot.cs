using System.Text;

namespace ReportSdk.Testing;

/// <summary>
/// Compares text with an approved file. A missing or different approved file fails the test,
/// shows the changed lines, and leaves <c>*.received.*</c> beside it to inspect; nothing is
/// approved unless REPORTSDK_ACCEPT_SNAPSHOTS=1 is set, and even then the run fails once so
/// that approving is always a deliberate, reviewed change. CI fails on any file a test leaves.
/// </summary>
public static class Snapshot
{
    private const int MaxDiffLines = 40;

    public static void Match(string approvedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var received = Path.Combine(Path.GetDirectoryName(approvedPath)!,
            Path.GetFileNameWithoutExtension(approvedPath) + ".received" + Path.GetExtension(approvedPath));
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var name = Path.GetFileName(approvedPath);
        if (Environment.GetEnvironmentVariable("REPORTSDK_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            Assert.Fail($"{name} written; review the diff and run the tests again");
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no approved {name}; inspect {received} and approve it with REPORTSDK_ACCEPT_SNAPSHOTS=1"
            : $"{name} differs from the approved file (- approved, + now):\n{Diff(expected, actual)}\nsee {received}");
    }

    /// <summary>The changed lines of a line diff (longest common subsequence), with line numbers.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var diff = new StringBuilder();
        var lines = 0;
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && lines < MaxDiffLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                diff.Append($"+{y + 1,5}: {b[y]}\n");
                y++;
                lines++;
            }
            else
            {
                diff.Append($"-{x + 1,5}: {a[x]}\n");
                x++;
                lines++;
            }
        }
        if (lines == MaxDiffLines) diff.Append("…\n");
        return diff.ToString();
    }
}
