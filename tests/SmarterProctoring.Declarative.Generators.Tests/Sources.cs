namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>Test sources shared by several tests.</summary>
internal static class Sources
{
    /// <summary>The declaration from the reference page, with minimal models.</summary>
    public const string ExamConfigurationsApi = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace SmarterProctoring.Client
        {
            public sealed class UpdateExamConfigurationRequest
            {
                public bool PermittedNotes { get; init; }
                [Sid("EN")] public string? EnrollmentSid { get; init; }
                [Sid("TS")] public IReadOnlyList<string>? ProctorTypes { get; init; }
                [Sid("EC")] public string? RefConfigSid { get; init; }
            }

            public sealed class ExamConfiguration
            {
                public string? Sid { get; init; }
            }

            [JsonContext(typeof(Test.TestJsonContext))]
            public partial interface IExamConfigurationsApi
            {
                [Put("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
                Task<ExamConfiguration> UpdateAsync(
                    [Sid("AI")] string installSid, [Sid("CU")] string courseSid,
                    [Sid("EX")] string examSid, [Sid("EC")] string examConfigurationSid,
                    [Body] UpdateExamConfigurationRequest configuration,
                    CancellationToken cancellationToken = default);

                [Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
                Task<ExamConfiguration> GetAsync(
                    [Sid("AI")] string installSid, [Sid("CU")] string courseSid,
                    [Sid("EX")] string examSid, [Sid("EC")] string examConfigurationSid,
                    CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>The same declaration with no <c>[JsonContext]</c>: the generator writes the context.</summary>
    public static readonly string ExamConfigurationsApiWithoutContext =
        ExamConfigurationsApi.Replace("            [JsonContext(typeof(Test.TestJsonContext))]\n", string.Empty, System.StringComparison.Ordinal);

    /// <summary>Wraps interface members in a namespace with the usings and the stand-in JSON context.</summary>
    public static string Interface(string members, string attributes = "[JsonContext(typeof(Test.TestJsonContext))]") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Test
        {
            public sealed class Item
            {
                public string? Name { get; set; }
            }

            {{attributes}}
            public partial interface ITestApi
            {
                {{members}}
            }
        }
        """;
}
