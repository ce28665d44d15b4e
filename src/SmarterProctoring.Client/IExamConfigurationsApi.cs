using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative;

namespace SmarterProctoring.Client;

/// <summary>
/// Exam configurations: the settings a proctor and a student see for one exam in one course
/// (<c>/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}</c>).
/// Create one with <c>IExamConfigurationsApi.Create(httpClient)</c> or register it with
/// <see cref="SmarterProctoringServiceCollectionExtensions.AddSmarterProctoringClient"/>.
/// </summary>
public partial interface IExamConfigurationsApi
{
    /// <summary>Replaces an exam configuration and returns it as the server stored it.</summary>
    /// <param name="installSid">The application install (<c>AI…</c>).</param>
    /// <param name="courseSid">The course (<c>CU…</c>).</param>
    /// <param name="examSid">The exam (<c>EX…</c>).</param>
    /// <param name="examConfigurationSid">The exam configuration (<c>EC…</c>).</param>
    /// <param name="configuration">The new configuration.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException">A SID does not match its pattern, or a SID in the body does not.</exception>
    /// <exception cref="ApiException">The server answered with an error, or with a body that is not a configuration.</exception>
    [Put("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> UpdateAsync(
        [Sid("AI")] string installSid,
        [Sid("CU")] string courseSid,
        [Sid("EX")] string examSid,
        [Sid("EC")] string examConfigurationSid,
        [Body] UpdateExamConfigurationRequest configuration,
        CancellationToken cancellationToken = default);

    /// <summary>Reads an exam configuration.</summary>
    /// <param name="installSid">The application install (<c>AI…</c>).</param>
    /// <param name="courseSid">The course (<c>CU…</c>).</param>
    /// <param name="examSid">The exam (<c>EX…</c>).</param>
    /// <param name="examConfigurationSid">The exam configuration (<c>EC…</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException">A SID does not match its pattern.</exception>
    /// <exception cref="ApiException">The server answered with an error, or with a body that is not a configuration.</exception>
    [Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> GetAsync(
        [Sid("AI")] string installSid,
        [Sid("CU")] string courseSid,
        [Sid("EX")] string examSid,
        [Sid("EC")] string examConfigurationSid,
        CancellationToken cancellationToken = default);
}
