namespace SmarterProctoring.Sandbox;

/// <summary>
/// The four SIDs that address one exam configuration in the sandbox: <c>GET</c> and <c>PUT</c> on
/// <c>/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}</c>
/// succeed only with exactly this combination.
/// </summary>
/// <param name="InstallSid">The application install SID (<c>AI…</c>).</param>
/// <param name="CourseSid">The course SID (<c>CU…</c>).</param>
/// <param name="ExamSid">The exam SID (<c>EX…</c>).</param>
/// <param name="ExamConfigurationSid">The exam configuration SID (<c>EC…</c>).</param>
public sealed record SeededExamConfiguration(string InstallSid, string CourseSid, string ExamSid, string ExamConfigurationSid)
{
    internal static SeededExamConfiguration New() =>
        new(Sid.New(Sid.Install), Sid.New(Sid.Course), Sid.New(Sid.Exam), Sid.New(Sid.ExamConfiguration));
}
