package se.klockan.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The packages' boundaries: no two packages of the app reach each other, however indirectly, and
 * each says in its {@code package-info.java} what it owns.
 */
class ArchitectureTests {

	private static final JavaClasses APP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.klockan");

	@Test
	void packagesAreFreeOfCycles() {
		packagesBelowAreFreeOfCycles("se.klockan").check(APP);
	}

	/** The rule is not vacuous: two packages of this test's own that need each other break it. */
	@Test
	void aCycleBreaksTheRule() {
		String root = "se.klockan.architecture.knot";
		JavaClasses knot = new ClassFileImporter().importPackages(root);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> packagesBelowAreFreeOfCycles(root).check(knot))
			.withMessageContaining("Cycle detected");
	}

	private static ArchRule packagesBelowAreFreeOfCycles(String root) {
		return slices().matching(root + ".(*)..").should().beFreeOfCycles();
	}

	/** A handler says what it answers with: a record, or a {@code ResponseEntity} of one, never a bare {@code Object}. */
	@Test
	void noHandlerReturnsObject() {
		methods().that()
			.areAnnotatedWith(GetMapping.class)
			.or()
			.areAnnotatedWith(RequestMapping.class)
			.should()
			.notHaveRawReturnType(Object.class)
			.check(APP);
	}

	@Test
	void everyPackageSaysWhatItOwns() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : APP) {
			packages.add(type.getPackageName());
		}
		assertThat(packages).hasSizeGreaterThan(10)
			.allMatch((name) -> Files.isRegularFile(Path.of("src/main/java", name.replace('.', '/'), "package-info.java")),
					"has a package-info.java");
	}

}
