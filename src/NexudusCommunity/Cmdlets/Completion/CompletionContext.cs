using System.Collections;
using System.Threading;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>
    /// What every completer needs: the word typed so far (quotes stripped), the connection (-Connection already on
    /// the line, else the runspace's default), the entity of the command being completed (from its cmdlet class,
    /// not its name), and a server call that never takes longer than a user waits for Tab.
    /// </summary>
    internal static class CompletionContext
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
        private static readonly Dictionary<string, EntitySpec> Entities = new Dictionary<string, EntitySpec>(StringComparer.OrdinalIgnoreCase);

        public static string Typed(string wordToComplete) => (wordToComplete ?? "").Trim('\'', '"');

        public static NexudusConnection Connection(IDictionary fakeBoundParameters)
        {
            var given = fakeBoundParameters?["Connection"];
            return ConnectionRegistry.Live((given as PSObject)?.BaseObject as NexudusConnection ?? given as NexudusConnection);
        }

        /// <summary>The entity a command of this module is about (Get-VideoRoom: VideoRoom); null for others.</summary>
        public static EntitySpec EntityOf(string commandName)
        {
            lock (Entities)
            {
                if (Entities.Count == 0)
                    foreach (var type in typeof(CompletionContext).Assembly.GetTypes())
                    {
                        var cmdlet = type.GetCustomAttributes(typeof(CmdletAttribute), false).OfType<CmdletAttribute>().FirstOrDefault();
                        var model = cmdlet == null ? null : ModelOf(type);
                        if (model != null) Entities[$"{cmdlet.VerbName}-{cmdlet.NounName}"] = EntitySpec.Of(model);
                    }
                return commandName != null && Entities.TryGetValue(commandName, out var spec) ? spec : null;
            }
        }

        /// <summary>Runs a server call for completion: bounded in time, and never throwing at the prompt.</summary>
        public static TResult Ask<TResult>(Func<CancellationToken, TResult> call, TResult fallback)
        {
            try
            {
                using (var cts = new CancellationTokenSource(Patience)) return call(cts.Token);
            }
            catch (Exception)
            {
                return fallback;
            }
        }

        /// <summary>
        /// Calls the private static Load&lt;T&gt;(connection, ct) of the owner, or of its nearest base class that has one
        /// (a generated NameCompleter&lt;T&gt; has none of its own), for the entity's model type: a completer knows the
        /// entity only at run time, while the client it asks is typed.
        /// </summary>
        public static TResult LoadFor<TResult>(Type owner, EntitySpec spec, NexudusConnection connection, CancellationToken ct)
        {
            const System.Reflection.BindingFlags declared = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
            var type = owner;
            while (type.GetMethod("Load", declared) == null) type = type.BaseType;
            return (TResult)type.GetMethod("Load", declared).MakeGenericMethod(spec.ModelType).Invoke(null, new object[] { connection, ct });
        }

        public static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '$', '`', '(', ')', '[', ']', ';', ',', '*', '?', '@', '{', '}', '#', '"' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;

        private static Type ModelOf(Type cmdletType)
        {
            for (var t = cmdletType; t != null; t = t.BaseType)
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EntityCmdlet<>)) return t.GetGenericArguments()[0];
            return null;
        }
    }
}
