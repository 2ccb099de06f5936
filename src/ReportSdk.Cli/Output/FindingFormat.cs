namespace ReportSdk.Cli.Output
{
    /// <summary>How <c>reportsdk validate</c> prints findings.</summary>
    internal enum FindingFormat
    {
        /// <summary>Compiler style: <c>file(line,col): error RS3001: message</c>.</summary>
        Text,

        /// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=RS3001::message</c>.</summary>
        Github,

        /// <summary>SARIF 2.1.0, for code-scanning uploads.</summary>
        Sarif,

        /// <summary>A JSON object naming the tool and its version, with the array of findings.</summary>
        Json,
    }
}
