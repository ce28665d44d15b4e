using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SmarterProctoring.Sandbox;

/// <summary>Validates an Update Configuration request body and applies it to a stored configuration.</summary>
internal static class ExamConfigurationUpdate
{
    private const int MinAttachments = 1;
    private const int MaxAttachments = 5;

    /// <summary>
    /// Applies <paramref name="body"/> (a JSON object) to <paramref name="current"/>, or returns
    /// <see langword="false"/> with a message naming the first invalid property. The required properties are replaced on every update; an
    /// optional property that is left out keeps its stored value, because clients leave out what they do not set.
    /// Unknown properties are ignored. Properties are checked in the order the API reference lists them.
    /// </summary>
    public static bool TryApply(
        StoredExamConfiguration current,
        JsonElement body,
        DateTimeOffset editDate,
        [NotNullWhen(true)] out StoredExamConfiguration? updated,
        [NotNullWhen(false)] out string? error)
    {
        var reader = new RequestBodyReader(body);
        StoredExamConfiguration applied = current with
        {
            InstructorAsProctor = reader.RequiredArrayOfObjects("instructorAsProctor"),
            PermittedItems = ReadPermittedItems(reader),
            PermittedOtherItems = reader.RequiredNullableString("permittedOtherItems"),
            ExamOpenDate = reader.OptionalDate("examOpenDate", current.ExamOpenDate),
            ExamCloseDate = reader.OptionalDate("examCloseDate", current.ExamCloseDate),
            ScheduleOpenDate = reader.OptionalDate("scheduleOpenDate", current.ScheduleOpenDate),
            ScheduleCloseDate = reader.OptionalDate("scheduleCloseDate", current.ScheduleCloseDate),
            EnrollmentSid = reader.OptionalSid("enrollmentSid", Sid.Enrollment, current.EnrollmentSid),
            Url = reader.OptionalNullableString("url", current.Url),
            Password = reader.OptionalString("password", current.Password),
            Duration = reader.OptionalInteger("duration", current.Duration),
            Attempts = reader.OptionalInteger("attempts", current.Attempts),
            RequiredSoftware = reader.OptionalNullableString("requiredSoftware", current.RequiredSoftware),
            StudentNotes = reader.OptionalNullableString("studentNotes", current.StudentNotes),
            ProctorNotes = reader.OptionalNullableString("proctorNotes", current.ProctorNotes),
            ProctorTypes = reader.OptionalSidArray("proctorTypes", Sid.ProctorType, current.ProctorTypes),
            ReferenceExamConfigurationSid = reader.OptionalSid("refConfigSid", Sid.ExamConfiguration, current.ReferenceExamConfigurationSid),
            Attachments = reader.OptionalArrayOfObjects("attachments", MinAttachments, MaxAttachments, current.Attachments),
            ModalityOptions = reader.OptionalObject("modalityOptions", current.ModalityOptions),
            EditDate = editDate,
        };

        error = reader.Error;
        updated = error is null ? applied : null;
        return error is null;
    }

    private static PermittedItem[] ReadPermittedItems(RequestBodyReader reader)
    {
        var items = new PermittedItem[PermittedItem.Names.Count];
        for (int i = 0; i < items.Length; i++)
        {
            string name = PermittedItem.Names[i];
            items[i] = new PermittedItem(
                reader.RequiredBoolean(PermittedItem.PermittedProperty(name)),
                reader.RequiredNullableString(PermittedItem.InformationProperty(name)));
        }

        return items;
    }
}
