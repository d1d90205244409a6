package fr.cotation.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap measures of the memory benchmarks ({@link MemoireMoteur}, {@link ClassementBench}), taken inside the measured
 * JVM: what stays alive after a full collection, counted object by object (the class histogram), so that figures taken
 * under different collectors or heap sizes compare.
 */
final class Tas {
    /** Total line and class lines of {@code GC.class_histogram}: "  12:  3555  426000  java.lang.Class (java.base@17)". */
    private static final Pattern LIGNE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    private Tas() {
    }

    /** The live objects of one class: how many, and their shallow size in bytes. */
    record Classe(String nom, long instances, long octets) {
    }

    /**
     * The live heap, object by object: the JVM's class histogram ({@code jcmd PID GC.class_histogram}, through the
     * diagnostic command MBean), which runs a full collection then counts every reachable object. Exact whatever the
     * collector (no region rounding, no garbage). The text, to be read by {@link #classes(String)}: a measure that
     * keeps it must keep it off the heap (a parsed histogram is half a megabyte of objects).
     */
    static String histogramme() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("histogramme du tas indisponible", e);
        }
    }

    /** The classes of a histogram's text, by name; their bytes add up to the histogram's total (checked). */
    static Map<String, Classe> classes(String histogramme) {
        Map<String, Classe> classes = new HashMap<>();
        long total = -1;
        for (String l : histogramme.split("\n")) {
            Matcher m = LIGNE.matcher(l);
            if (m.find()) {
                // hidden classes (lambdas, Drools' generated ones) may share a printed name: summed
                classes.merge(m.group(3), new Classe(m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new Classe(a.nom(), a.instances() + b.instances(), a.octets() + b.octets()));
            } else if ((m = TOTAL.matcher(l)).find()) {
                total = Long.parseLong(m.group(2));
            }
        }
        if (total != total(classes)) {
            throw new IllegalStateException("histogramme du tas illisible : total " + total);
        }
        return classes;
    }

    /** Bytes of every live object of a histogram. */
    static long total(Map<String, Classe> histogramme) {
        return histogramme.values().stream().mapToLong(Classe::octets).sum();
    }

    /** The {@code n} classes whose bytes grew most from {@code avant} to {@code apres}, largest growth first. */
    static List<Classe> croissance(Map<String, Classe> avant, Map<String, Classe> apres, int n) {
        List<Classe> l = new ArrayList<>();
        apres.forEach((nom, c) -> {
            Classe a = avant.getOrDefault(nom, new Classe(nom, 0, 0));
            l.add(new Classe(lisible(nom), c.instances() - a.instances(), c.octets() - a.octets()));
        });
        l.sort(Comparator.comparingLong(Classe::octets).reversed().thenComparing(Classe::nom));
        return l.subList(0, Math.min(n, l.size()));
    }

    /** "[B" → "byte[]", "[Ljava.lang.Object;" → "java.lang.Object[]". */
    static String lisible(String nom) {
        int dimensions = 0;
        while (dimensions < nom.length() && nom.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return nom;
        }
        String element = nom.substring(dimensions);
        String base = switch (element) {
            case "B" -> "byte";
            case "C" -> "char";
            case "I" -> "int";
            case "J" -> "long";
            case "D" -> "double";
            case "F" -> "float";
            case "S" -> "short";
            case "Z" -> "boolean";
            default -> element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1)
                    : element;
        };
        return base + "[]".repeat(dimensions);
    }

    /** The live heap in bytes: the total of a {@link #histogramme()} (a full collection, then every object counted). */
    static long vivant() {
        return total(classes(histogramme()));
    }

    /** Bytes used in the metaspace (class metadata: Drools generates classes for rule consequences and constraints). */
    static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Classes loaded so far and not unloaded. */
    static long classes() {
        return ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    }

    /** Sum of the peaks of the heap memory pools since their last reset. */
    static long pic() {
        long pic = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                pic += p.getPeakUsage().getUsed();
            }
        }
        return pic;
    }
}
