using System;
using System.IO;
using System.Text.Json;
using SmarterProctoring.Client;

namespace SmarterProctoring.Cli;

/// <summary>Reads an Update Configuration request from a JSON file, with errors that point into the file.</summary>
internal static class RequestFile
{
    public static UpdateExamConfigurationRequest Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("--file: cannot read '" + path + "': " + exception.Message);
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest)
                ?? throw new UsageException(path + ": the file holds JSON null, not an Update Configuration request.");
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is long lineNumber
                ? " (line " + (lineNumber + 1) + ", position " + (exception.BytePositionInLine + 1) + ")"
                : string.Empty;
            throw new UsageException(path + where + ": " + Describe(exception));
        }
    }

    private static string Describe(JsonException exception)
    {
        // System.Text.Json ends its messages with the JSON path and position, which the prefix already says.
        string message = exception.Message.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        int pathNote = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return pathNote < 0 ? message : message[..pathNote] + (exception.Path is { Length: > 1 } jsonPath ? " (at " + jsonPath + ")" : string.Empty);
    }
}
