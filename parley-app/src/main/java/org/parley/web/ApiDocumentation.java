package org.parley.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api/v1/openapi}) as the API behaves: both ways to sign in, and the
 * problem+json errors every operation can answer with, next to what springdoc reads off the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Parley API").version("v1")
                        .description("Questions, answers, comments, votes, edits and search. Reads are public; "
                                + "writes need HTTP Basic or a personal token (Authorization: Bearer parley_...). "
                                + "Errors are application/problem+json (RFC 9457)."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSchemas("Problem", new ObjectSchema()
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("errors", new ObjectSchema().description("[{field, message}] for invalid input"))));
    }

    @Bean
    OpenApiCustomizer documentedProblems() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            boolean write = !method.name().equals("GET");
            if (write) {
                op.addSecurityItem(new SecurityRequirement().addList("basic"));
                op.addSecurityItem(new SecurityRequirement().addList("token"));
                problem(op, "401", "Not signed in, or the credentials are wrong");
                problem(op, "403", "Signed in, but not allowed to do this");
                problem(op, "413", "Request body over 1 MiB");
                problem(op, "415", "Body is not JSON");
                problem(op, "429", "Too many failed logins; see Retry-After");
            }
            problem(op, "400", "Malformed request");
            problem(op, "404", "No such resource (or deleted)");
            problem(op, "422", "Invalid input; 'errors' names each field");
        }));
    }

    private static void problem(Operation op, String status, String description) {
        if (op.getResponses() != null && !op.getResponses().containsKey(status)) {
            op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }
}
