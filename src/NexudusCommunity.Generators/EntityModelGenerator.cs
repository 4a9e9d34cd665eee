using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NexudusCommunity.Generators.Descriptions;

namespace NexudusCommunity.Generators
{
    /// <summary>
    /// Runs on the models project: writes the model class of every entity description (<c>&lt;Entity&gt;.entity</c>)
    /// and the enum of every enum description (<c>&lt;Enum&gt;.enum</c>) the project lists as AdditionalFiles. A mistake
    /// in a description is a build error naming the file, the line and the setting.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class EntityModelGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var descriptions = context.AdditionalTextsProvider
                .Where(f => f.Path.EndsWith(".entity", StringComparison.OrdinalIgnoreCase) || f.Path.EndsWith(".enum", StringComparison.OrdinalIgnoreCase))
                .Combine(context.CompilationProvider);
            context.RegisterSourceOutput(descriptions, (output, pair) =>
            {
                var text = pair.Left.GetText(output.CancellationToken);
                if (text == null) return;
                var file = new DescriptionFile(pair.Left.Path, text);
                var code = ModelWriter.Write(pair.Right, file);
                foreach (var problem in file.Diagnostics) output.ReportDiagnostic(problem);
                if (code == null) return;
                try
                {
                    output.AddSource(file.Name + ".g.cs", SourceText.From(code, Encoding.UTF8));
                }
                catch (ArgumentException)
                {
                    file.Report(0, $"another description is also named {file.Name}: each entity and enum has one file");
                    output.ReportDiagnostic(file.Diagnostics[file.Diagnostics.Count - 1]);
                }
            });
        }
    }
}
