using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Domain;

/// <summary>
/// Core's namespaces depend on each other in one direction only. Every type's signatures and method bodies are read
/// from the compiled assembly (compiler-made lambdas and state machines count for the type that wrote them), so a
/// dependency hidden in a method body or a fully qualified name counts as much as a using line.
/// </summary>
public class NamespaceLayering
{
    private static readonly Assembly Core = typeof(Complaint).Assembly;

    [Fact]
    public void CoresNamespacesHaveNoCycles()
    {
        var graph = DependencyGraph();

        var cycles = graph.Keys.Select(from => Cycle(graph, from)).OfType<IReadOnlyList<string>>().Select(c => string.Join(" → ", c)).Distinct().ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles.Select(c => $"{c}\n{Why(graph, c)}")));
    }

    [Fact]
    public void TheCheckFindsACycleWhereThereIsOne()
    {
        var graph = new Dictionary<string, Dictionary<string, HashSet<string>>>
        {
            ["A"] = new() { ["B"] = ["A.X uses B.Y"] },
            ["B"] = new() { ["C"] = ["B.Y uses C.Z"] },
            ["C"] = new() { ["A"] = ["C.Z uses A.X"] },
            ["D"] = new() { ["A"] = ["D.W uses A.X"] },
        };

        Assert.Equal(["A", "B", "C", "A"], Cycle(graph, "A"));
        Assert.Null(Cycle(graph, "D"));
    }

    [Fact]
    public void TheReadingSeesDependenciesInMethodBodiesAndLambdas()
    {
        var graph = DependencyGraph();

        // CaseActions reaches the data layer only inside its async method bodies (a state machine) and lambdas.
        Assert.Contains("ComplaintsHub.Core.Data", graph["ComplaintsHub.Core.Cases"].Keys);
        Assert.Contains("ComplaintsHub.Core.Cases", graph["ComplaintsHub.Core.Cases.Actions"].Keys);
    }

    /// <summary>The first cycle reached from <paramref name="from"/> that returns to it, or null.</summary>
    private static IReadOnlyList<string>? Cycle(IReadOnlyDictionary<string, Dictionary<string, HashSet<string>>> graph, string from)
    {
        var path = new List<string> { from };
        var seen = new HashSet<string>();
        return Walk(from);

        IReadOnlyList<string>? Walk(string at)
        {
            foreach (var next in graph.GetValueOrDefault(at)?.Keys.Order() ?? Enumerable.Empty<string>())
            {
                if (next == from) return [.. path, from];
                if (!seen.Add(next)) continue;
                path.Add(next);
                if (Walk(next) is { } found) return found;
                path.RemoveAt(path.Count - 1);
            }

            return null;
        }
    }

    private static string Why(IReadOnlyDictionary<string, Dictionary<string, HashSet<string>>> graph, string cycle)
    {
        var steps = cycle.Split(" → ");
        return string.Join("\n", steps.Zip(steps.Skip(1)).Select(s => $"  {s.First} → {s.Second}: {string.Join("; ", graph[s.First][s.Second].Order().Take(4))}"));
    }

    /// <summary>For each Core namespace, the other Core namespaces its types use, with an example of each use.</summary>
    private static Dictionary<string, Dictionary<string, HashSet<string>>> DependencyGraph()
    {
        var graph = new Dictionary<string, Dictionary<string, HashSet<string>>>();
        foreach (var type in Core.GetTypes().Where(InCore))
        {
            var owner = Owner(type);
            if (owner.Namespace is not { } from) continue;
            foreach (var used in Uses(type).SelectMany(Flatten).Where(InCore).Select(Owner).Distinct())
            {
                if (used.Namespace is not { } to || to == from) continue;
                if (!graph.TryGetValue(from, out var edges)) graph[from] = edges = [];
                if (!edges.TryGetValue(to, out var why)) edges[to] = why = [];
                why.Add($"{owner.Name} uses {used.Name}");
            }
        }

        return graph;
    }

    /// <summary>Core's own types; the generated migrations are left out, as they only describe the schema.</summary>
    private static bool InCore(Type type) =>
        type.Assembly == Core && type.Namespace is { } ns && ns.StartsWith("ComplaintsHub.Core", StringComparison.Ordinal) && !ns.Contains(".Migrations", StringComparison.Ordinal);

    /// <summary>A compiler-made nested type (a lambda's closure, an async state machine) belongs to the type that wrote it.</summary>
    private static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer && (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.Contains('<', StringComparison.Ordinal))) type = outer;
        return type;
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.IsGenericParameter) yield break;
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!)) yield return inner;
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten)) yield return inner;
        }
    }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static IEnumerable<Type> Uses(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var a in type.GetCustomAttributesData()) yield return a.AttributeType;
        foreach (var f in type.GetFields(Declared)) yield return f.FieldType;
        foreach (var p in type.GetProperties(Declared)) yield return p.PropertyType;
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo m) yield return m.ReturnType;
            foreach (var p in method.GetParameters()) yield return p.ParameterType;
            foreach (var used in BodyUses(method)) yield return used;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body names: the types, fields and methods its instructions refer to, and their declaring types.</summary>
    private static IEnumerable<Type> BodyUses(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray()!;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                    // A token the module cannot resolve in this generic context refers to nothing of Core's.
                }

                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        yield return f.DeclaringType!;
                        yield return f.FieldType;
                        break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        if (m is MethodInfo mi) yield return mi.ReturnType;
                        foreach (var p in m.GetParameters()) yield return p.ParameterType;
                        if (m.IsGenericMethod) foreach (var g in m.GetGenericArguments()) yield return g;
                        break;
                }
            }

            at += operand;
        }
    }
}
