import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (JDK 24+, run by the {@code retarget-old-classes} profile of jonvif-cli): rewrites the
 * Java 5 class files under a package prefix of a jar as Java 8 class files with stack maps.
 *
 * <p>Why: picocli ships Java 5 bytecode, which class-data sharing and the AOT cache refuse to store
 * ("Old class has been linked"), so every start of the CLI loaded and verified its ~180 classes from
 * the jar: about half of the CPU time of {@code jonvif info}. The bytecode is unchanged; only the
 * version and the verifier's stack maps are new, so the classes can be archived.
 *
 * <pre>java RetargetOldClasses.java JAR PACKAGE_PREFIX</pre>
 */
public final class RetargetOldClasses {

  private static final int TARGET_MAJOR = 52;

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path tmp = jar.resolveSibling(jar.getFileName() + ".retarget");
    int rewritten = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        InputStream fileIn = Files.newInputStream(jar);
        ZipInputStream in = new ZipInputStream(fileIn);
        OutputStream fileOut = Files.newOutputStream(tmp);
        ZipOutputStream out = new ZipOutputStream(fileOut)) {
      ClassFile cf =
          ClassFile.of(
              ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
              ClassFile.ClassHierarchyResolverOption.of(
                  ClassHierarchyResolver.defaultResolver()
                      .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
      // The version comes first among a class's elements, so methods are rebuilt for Java 8.
      ClassTransform retarget =
          (builder, element) -> {
            if (element instanceof ClassFileVersion) {
              builder.withVersion(TARGET_MAJOR, 0);
            } else {
              builder.with(element);
            }
          };
      ClassTransform transform =
          retarget.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] bytes = in.readAllBytes();
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".class") && major(bytes) < 50) {
          bytes = cf.transformClass(cf.parse(bytes), transform);
          rewritten++;
        }
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("retargeted " + rewritten + " classes under " + prefix + " to Java 8");
  }

  private static int major(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }
}
