package se.klockan.architecture.knot.a;

import se.klockan.architecture.knot.b.B;

/** Half of a package cycle, for ArchitectureTests to find. */
public class A {

	B b;

}
