package org.mpstudio.ui.agent;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * Makes JavaFX treat Lao (U+0E80-U+0EFF) as complex text, so its marks are shaped instead of drawn on top of each
 * other: in {@code com.sun.javafx.text.ScriptMapper.isComplexCharCode} the Thai upper bound {@code 0x0e7f} becomes
 * {@code 0x0eff}. Nothing else is changed; we copy no JavaFX source.
 */
public final class LaoShapingAgent implements ClassFileTransformer {

    static final String TARGET = "com/sun/javafx/text/ScriptMapper";
    private static volatile boolean patched;

    /** Entry point for {@code -javaagent:}. */
    public static void premain(String args, Instrumentation inst) {
        inst.addTransformer(new LaoShapingAgent());
    }

    /** Entry point for {@code Launcher-Agent-Class} in the application jar. */
    public static void agentmain(String args, Instrumentation inst) {
        premain(args, inst);
    }

    /** True once the JavaFX class has been loaded with the Lao range patched in. */
    public static boolean isPatched() {
        return patched;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
                            byte[] bytes) {
        if (!TARGET.equals(className)) {
            return null;
        }
        try {
            byte[] out = patch(bytes);
            patched = out != null;
            return out;
        } catch (RuntimeException e) {
            System.getLogger(LaoShapingAgent.class.getName()).log(System.Logger.Level.WARNING,
                    "Lao shaping patch not applied: " + e);
            return null;
        }
    }

    /** The class with the bound widened, or null when the expected constant is not there. */
    static byte[] patch(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] found = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
                if (!"isComplexCharCode".equals(name)) {
                    return mv;
                }
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitIntInsn(int opcode, int operand) {
                        if (opcode == Opcodes.SIPUSH && operand == 0x0e7f) {
                            found[0] = true;
                            super.visitIntInsn(opcode, 0x0eff);
                        } else {
                            super.visitIntInsn(opcode, operand);
                        }
                    }
                };
            }
        }, 0);
        return found[0] ? writer.toByteArray() : null;
    }
}
