package memdebug.internal.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanException;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.ReflectionException;

/**
 * A stand-in for HotSpot's DiagnosticCommand MBean, in an MBean server of its own: its
 * {@code gcClassHistogram} answers with the texts queued, or fails when a text is null.
 */
final class FakeCommands implements javax.management.DynamicMBean {

    private final Deque<String> answers = new ArrayDeque<>();
    private String last;
    int calls;

    /** Answers with these texts in turn, then the last again; null fails the call. */
    FakeCommands(String... texts) {
        for (String t : texts) {
            answers.add(t == null ? "\u0000" : t);
        }
    }

    DiagnosticCommands register() throws JMException {
        MBeanServer server = MBeanServerFactory.newMBeanServer();
        ObjectName name = new ObjectName("test:type=DiagnosticCommand");
        server.registerMBean(this, name);
        return new DiagnosticCommands(server, name);
    }

    @Override
    public Object invoke(String action, Object[] params, String[] signature) throws MBeanException, ReflectionException {
        if (!action.equals(DiagnosticCommands.HISTOGRAM)) {
            return "";
        }
        calls++;
        last = answers.isEmpty() ? last : answers.poll();
        if (last.equals("\u0000")) {
            throw new MBeanException(new IllegalStateException("the command failed"));
        }
        return last;
    }

    @Override
    public MBeanInfo getMBeanInfo() {
        MBeanParameterInfo[] options = {new MBeanParameterInfo("arguments", String[].class.getName(), "options")};
        return new MBeanInfo(FakeCommands.class.getName(), "fake", null, null, new MBeanOperationInfo[] {
            new MBeanOperationInfo(DiagnosticCommands.HISTOGRAM, "histogram", options, String.class.getName(),
                    MBeanOperationInfo.INFO)}, null);
    }

    @Override
    public Object getAttribute(String attribute) {
        return null;
    }

    @Override
    public void setAttribute(Attribute attribute) {
        // none
    }

    @Override
    public AttributeList getAttributes(String[] attributes) {
        return new AttributeList();
    }

    @Override
    public AttributeList setAttributes(AttributeList attributes) {
        return new AttributeList();
    }
}
