package dev.tlsbench.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The valid range of a numeric @Param; the launcher rejects a -p value outside it before forking. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ParamRange {
    long min();

    long max();
}
